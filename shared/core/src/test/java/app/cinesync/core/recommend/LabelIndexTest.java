package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelIndexTest {
    /** Film 0 Horror (rated 3 times), film 1 Comedy (once), film 2 Horror|Comedy (never). */
    private static final CatalogSnapshot CATALOG = new CatalogSnapshot(List.of(film(1, "Horror"), film(2, "Comedy"),
            film(3, "Horror", "Comedy")), List.of(ItemVectorizer.vectorize(film(1, "Horror")), ItemVectorizer.vectorize(film(2, "Comedy")),
            ItemVectorizer.vectorize(film(3, "Horror", "Comedy"))), new int[] {3, 1, 0}, new double[] {12, 4, 0}, Instant.EPOCH);

    private static Movie film(long id, String... genres) {
        return new Movie(id, "Film " + id, 2000, List.of(genres), null, null, null, null, null, null);
    }

    @Test
    void prior_splitsEachFilmsRatingsPlusOneOverItsGenres() {
        LabelIndex g = CATALOG.genres();
        // Horror: 4 + 0.5 = 4.5, Comedy: 2 + 0.5 = 2.5, of 7
        assertThat(g.prior(0)).isCloseTo(4.5 / 7, within(1e-12));
        assertThat(g.prior(1)).isCloseTo(2.5 / 7, within(1e-12));
    }

    @Test
    void posterior_isTheDirichletMeanOfTheStrongRatings() {
        LabelIndex g = CATALOG.genres();
        // a 5-star Comedy (evidence 1) and a 3-star Horror (below 3.5: no evidence), alpha = 2
        double[] p = g.posterior(new int[] {1, 0}, new double[] {5, 3}, 2, 3.5, 0);

        assertThat(p[1]).isCloseTo((1 + 2 * 2.5 / 7) / 3, within(1e-12));
        assertThat(p[0]).isCloseTo((2 * 4.5 / 7) / 3, within(1e-12));
        assertThat(g.ratio(2, p)).isCloseTo((p[0] / (4.5 / 7) + p[1] / (2.5 / 7)) / 2, within(1e-12));
        assertThat(g.strongest(2, p)).isEqualTo(1);
    }

    @Test
    void posterior_withoutStrongRatings_isTheCommunitysMix() {
        LabelIndex g = CATALOG.genres();

        double[] p = g.posterior(new int[] {0, 1}, new double[] {2, 3.5}, 30, 3.5, 0);

        assertThat(g.ratio(0, p)).isCloseTo(1, within(1e-12));
        assertThat(g.ratio(2, p)).isCloseTo(1, within(1e-12));
        assertThat(g.strongest(0, p)).as("the community's mix favours no label").isEqualTo(-1);
        assertThat(g.strongest(2, p)).isEqualTo(-1);
    }

    @Test
    void posterior_withOneFilmByEachDirector_lowersNoDirectorsFilms_againstFilmsThatNameNone() {
        // films 0-2 by directors A, B, C, rated; film 3 by D; film 4 names no director (a catalog only partly credited)
        List<Movie> films = List.of(directed(1, "A"), directed(2, "B"), directed(3, "C"), directed(4, "D"), directed(5));
        CatalogSnapshot catalog = new CatalogSnapshot(films, films.stream().map(ItemVectorizer::vectorize).toList(),
                new int[] {5, 5, 5, 5, 5}, new double[] {20, 20, 20, 20, 20}, Instant.EPOCH);
        LabelIndex d = catalog.directors();

        double[] p = d.posterior(new int[] {0, 1, 2}, new double[] {5, 5, 5}, 30, 3.5, 1);

        assertThat(d.ratio(3, p)).as("one film by a director is not yet a taste, nor evidence against another").isCloseTo(1, within(1e-12));
        assertThat(d.ratio(4, p)).isEqualTo(1);
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1, within(1e-12));

        double[] twice = d.posterior(new int[] {0, 0}, new double[] {5, 5}, 30, 3.5, 1);
        assertThat(d.ratio(0, twice)).as("a second film by A is a taste for A").isGreaterThan(1);
        assertThat(d.ratio(3, twice)).isLessThan(1);
    }

    private static Movie directed(long id, String... directors) {
        return new Movie(id, "Film " + id, 2000, List.of("Drama"), List.of(directors), null, null, null, null, null);
    }
}
