package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.SparseVector;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendMathTest {
    private static Movie film(long id, String genre) {
        return new Movie(id, "Film " + id, 2000, List.of(genre), List.of(), List.of(), List.of(), null, null, null);
    }

    private static SparseVector axis(int i) {
        return new SparseVector(3, new int[] {i}, new float[] {1f});
    }

    /** Four films: 1 and 2 on axis 0 ("Drama"), 3 on axis 1 ("Comedy"), 4 on axis 2 ("Horror"). */
    private static CatalogSnapshot snapshot(int[] counts, double[] sums) {
        return new CatalogSnapshot(List.of(film(1, "Drama"), film(2, "Drama"), film(3, "Comedy"), film(4, "Horror")),
                List.of(axis(0), axis(0), axis(1), axis(2)), counts, sums, Instant.EPOCH);
    }

    @Test
    void bayesianAverage_pullsSparselyRatedFilmsTowardsTheMean() {
        assertThat(PopularityModel.bayesianAverage(0, 0, 3.5)).isCloseTo(3.5, within(1e-12));
        assertThat(PopularityModel.bayesianAverage(1, 5, 3.5)).isCloseTo((10 * 3.5 + 5) / 11, within(1e-12));
        assertThat(PopularityModel.bayesianAverage(100, 450, 3.5))
                .isGreaterThan(PopularityModel.bayesianAverage(1, 5, 3.5));
    }

    @Test
    void blend_rampsToTheSeedWeightAtFiveRatings() {
        assertThat(Blend.forRatingCount(0).personal()).isZero();
        assertThat(Blend.forRatingCount(2).personal()).isCloseTo(0.24, within(1e-12));
        assertThat(Blend.forRatingCount(5).personal()).isCloseTo(0.6, within(1e-12));
        assertThat(Blend.forRatingCount(50).base()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void recommend_ranksByBlendedScore_skipsRatedFilms_andExplainsWithTheLikedFilm() {
        CatalogSnapshot s = snapshot(new int[] {1, 0, 0, 0}, new double[] {5, 0, 0, 0});
        float[] likesDrama = {1f, 0f, -0.5f};
        List<Recommendation> recs = new Recommender().recommend(s, PopularityModel.scores(s), likesDrama,
                Map.of(1L, 5.0), new Blend(0.6, 0.4), null, 3, 0);
        assertThat(recs).extracting(r -> r.movie().id()).containsExactly(2L, 3L, 4L);
        Recommendation top = recs.getFirst();
        assertThat(top.similarity()).isCloseTo(1 / Math.sqrt(1.25), within(1e-6));
        double base = (PopularityModel.bayesianAverage(0, 0, 5.0) - 0.5) / 4.5; // global mean is 5
        assertThat(top.score()).isCloseTo(0.6 * (1 + 1 / Math.sqrt(1.25)) / 2 + 0.4 * base, within(1e-6));
        assertThat(top.because().id()).isEqualTo(1L);
        assertThat(recs.get(1).because()).isNull();
    }

    @Test
    void recommend_filtersByGenre_andPagesWithOffset() {
        CatalogSnapshot s = snapshot(new int[4], new double[4]);
        Recommender r = new Recommender();
        float[] e = {0f, 1f, 0.5f};
        assertThat(r.recommend(s, PopularityModel.scores(s), e, Map.of(), new Blend(1, 0), "Horror", 5, 0))
                .extracting(x -> x.movie().id()).containsExactly(4L);
        assertThat(r.recommend(s, PopularityModel.scores(s), e, Map.of(), new Blend(1, 0), null, 2, 1))
                .extracting(x -> x.movie().id()).containsExactly(4L, 1L);
    }

    @Test
    void pearson_isExactOnAHandExample_andNaNForConstants() {
        assertThat(BlendFitter.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1, within(1e-12));
        assertThat(BlendFitter.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1, within(1e-12));
        assertThat(BlendFitter.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    }

    @Test
    void blendFitter_keepsTheDefaultForFewRatings_andTrustsPersonalTasteWhenTheBaseModelIsWrong() {
        List<BlendFitter.Observation> few = List.of(new BlendFitter.Observation(axis(0), 0.5, 5));
        assertThat(BlendFitter.fit(few)).isEqualTo(Blend.forRatingCount(1));
        // The member loves axis 0 and hates axis 1; the base model says the opposite.
        List<BlendFitter.Observation> obs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            obs.add(i % 2 == 0 ? new BlendFitter.Observation(axis(0), 0.1, 5) : new BlendFitter.Observation(axis(1), 0.9, 1));
        }
        Blend fitted = BlendFitter.fit(obs);
        assertThat(fitted.personal()).isGreaterThan(Blend.SEED_PERSONAL);
        assertThat(fitted.personal() + fitted.base()).isCloseTo(1, within(1e-12));
    }
}
