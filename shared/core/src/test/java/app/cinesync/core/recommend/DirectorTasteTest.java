package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.model.EaseModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A member who rates several films by one director gets the director's other films, explained by
 * the director; a single film is not yet a director taste. Forty directors with six films each (a
 * director is a small share of the community, as in a real catalog), the same genres and decades
 * for all, so only the director mix tells them apart; the first director's films are the least
 * rated (60 ratings each, 300 for the others).
 */
class DirectorTasteTest {
    private static final int PER_DIRECTOR = 6;
    private static final int DIRECTORS = 40;
    private static final List<Movie> FILMS = films();
    private static final CatalogSnapshot CATALOG = snapshot();

    private static List<Movie> films() {
        List<Movie> out = new ArrayList<>();
        for (int k = 0; k < DIRECTORS * PER_DIRECTOR; k++) {
            out.add(new Movie(k + 1, "Film " + (k + 1), 1990 + k % 10, List.of(k % 2 == 0 ? "Drama" : "Comedy"),
                    List.of(k < PER_DIRECTOR ? "Director A" : "Director " + k / PER_DIRECTOR), List.of(), List.of(), null, null, k + 1L));
        }
        return out;
    }

    private static CatalogSnapshot snapshot() {
        int[] counts = new int[FILMS.size()];
        double[] sums = new double[FILMS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = i < PER_DIRECTOR ? 60 : 300;
            sums[i] = 4.0 * counts[i];
        }
        return new CatalogSnapshot(FILMS, FILMS.stream().map(ItemVectorizer::vectorize).toList(), counts, sums, Instant.EPOCH);
    }

    /** Ten picks after the first {@code n} films of director A, each 5 stars. */
    private static Page afterFilmsOfA(int n, RankingConfig config) {
        Recommender r = new Recommender(CATALOG, EaseModel.EMPTY, config);
        List<MemberHistory.Rated> rated = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rated.add(new MemberHistory.Rated(FILMS.get(k).id(), 5, Instant.ofEpochSecond(k)));
        }
        return r.recommend(r.member(new MemberHistory(rated, Set.of()), null), new Query(10, 0, null));
    }

    private static List<Recommendation> byA(Page p) {
        return p.picks().stream().filter(x -> x.movie().directors().contains("Director A")).toList();
    }

    @Test
    void recommend_afterThreeFilmsByOneDirector_picksTheirOtherFilms_explainedByTheDirector() {
        Page p = afterFilmsOfA(3, RankingConfig.DEFAULT);

        assertThat(byA(p)).hasSize(PER_DIRECTOR - 3)
                .allSatisfy(x -> assertThat(x.because()).isEqualTo(new Cause.Director("Director A")));
    }

    @Test
    void recommend_afterASingleFilmByADirector_isNotYetADirectorTaste() {
        Page p = afterFilmsOfA(1, RankingConfig.DEFAULT);

        assertThat(byA(p)).hasSizeLessThanOrEqualTo(1);
        assertThat(p.picks()).noneSatisfy(x -> assertThat(x.because()).isInstanceOf(Cause.Director.class));
    }

    @Test
    void recommend_withoutTheDirectorMix_followsPopularityAwayFromTheDirector() {
        Page p = afterFilmsOfA(3, RankingConfig.DEFAULT.with(RankingConfig.Param.DIRECTOR_LIFT, 0));

        assertThat(byA(p)).hasSizeLessThanOrEqualTo(1);
    }
}
