package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A member who rates films of one decade gets films of that decade, explained by it: a catalog
 * where every decade has the same genres, so only the decade mix can tell them apart; the films of
 * the fifties are the least rated (60 ratings each, 300 for the others).
 */
class DecadeTasteTest {
    private static final int PER_DECADE = 14;
    private static final int[] DECADES = {1950, 1970, 1980, 1990, 2000, 2010};
    private static final List<Movie> FILMS = films();
    private static final CatalogSnapshot CATALOG = snapshot();

    private static List<Movie> films() {
        List<Movie> out = new ArrayList<>();
        for (int k = 0; k < DECADES.length * PER_DECADE; k++) {
            int year = DECADES[k / PER_DECADE] + k % 10;
            String genre = k % 2 == 0 ? "Drama" : "Comedy";
            out.add(new Movie(k + 1, "Film " + (k + 1), year, List.of(genre), List.of("Director " + k), List.of(), List.of(), null, null,
                    k + 1L));
        }
        return out;
    }

    private static CatalogSnapshot snapshot() {
        int[] counts = new int[FILMS.size()];
        double[] sums = new double[FILMS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i < PER_DECADE ? 60 : 300;
            sums[i] = 4.0 * counts[i];
        }
        return new CatalogSnapshot(FILMS, FILMS.stream().map(app.cinesync.core.embedding.ItemVectorizer::vectorize).toList(), counts, sums,
                Instant.EPOCH);
    }

    private static Page threeFiftiesFilms(RankingConfig config) {
        Recommender r = new Recommender(CATALOG, EaseModel.EMPTY, config);
        List<MemberHistory.Rated> rated = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            rated.add(new MemberHistory.Rated(FILMS.get(k).id(), 5, Instant.ofEpochSecond(k)));
        }
        return r.recommend(r.member(new MemberHistory(rated, Set.of()), null), new Query(10, 0, null));
    }

    private static long fifties(Page p) {
        return p.picks().stream().filter(x -> x.movie().year() < 1960).count();
    }

    @Test
    void recommend_afterThreeFilmsOfTheFifties_picksMostlyFilmsOfTheFifties_explainedByTheDecade() {
        Page p = threeFiftiesFilms(RankingConfig.DEFAULT);

        assertThat(fifties(p)).isGreaterThanOrEqualTo(8);
        assertThat(p.picks()).filteredOn(x -> x.movie().year() < 1960).allSatisfy(x -> assertThat(x.because()).isEqualTo(new Cause.Decade("1950s")));
    }

    @Test
    void recommend_withoutTheDecadeMix_followsPopularityAwayFromTheFifties() {
        Page p = threeFiftiesFilms(RankingConfig.DEFAULT.with(RankingConfig.Param.DECADE_LIFT, 0));

        assertThat(fifties(p)).isLessThanOrEqualTo(3);
        assertThat(p.picks()).noneSatisfy(x -> assertThat(x.because()).isInstanceOf(Cause.Decade.class));
    }
}
