package app.cinesync.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.Movie;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingMathTest {
    private static final float EPS = 1e-6f;

    private static SparseVector unitX() {
        return new SparseVector(4, new int[] {0}, new float[] {1f});
    }

    @Test
    void update_fromZero_movesPredictionTenPercentOfTheWayToTheTarget() {
        float[] e = new float[4];
        EmbeddingUpdater.apply(e, unitX(), 4.0); // t = (4 - 2.75) / 2.25 = 0.5555..., eta = 0.1
        assertThat(e[0]).isCloseTo(0.1f * (1.25f / 2.25f), within(EPS));
        assertThat(e[1]).isZero();
    }

    @Test
    void update_strongRating_usesTheStrongLearningRate() {
        float[] e = new float[4];
        EmbeddingUpdater.apply(e, unitX(), 5.0); // t = 1, eta = 0.15
        assertThat(e[0]).isCloseTo(0.15f, within(EPS));
        EmbeddingUpdater.apply(e, unitX(), 5.0); // p = 0.15: e += 0.15 * 0.85
        assertThat(e[0]).isCloseTo(0.15f + 0.15f * 0.85f, within(EPS));
        float[] low = new float[4];
        EmbeddingUpdater.apply(low, unitX(), 0.5); // t = -1, eta = 0.15
        assertThat(low[0]).isCloseTo(-0.15f, within(EPS));
    }

    @Test
    void update_onlyTouchesTheFilmsDimensions() {
        float[] e = {0.2f, 0.4f, 0f, 0f};
        SparseVector v = new SparseVector(4, new int[] {1, 2}, new float[] {0.6f, 0.8f});
        EmbeddingUpdater.apply(e, v, 3.0); // t = 0.1111, p = 0.24, eta = 0.1, err = -0.12889
        float err = (0.25f / 2.25f) - 0.24f;
        assertThat(e).containsExactly(new float[] {0.2f, 0.4f + 0.1f * err * 0.6f, 0.1f * err * 0.8f, 0f}, within(EPS));
    }

    @Test
    void cosine_isZeroForAMemberWithoutRatings_andExactOtherwise() {
        Similarity cos = Similarities.cosine();
        SparseVector v = new SparseVector(4, new int[] {0, 1}, new float[] {0.6f, 0.8f});
        assertThat(cos.between(new float[4], 0f, v)).isZero();
        float[] u = {3f, 4f, 0f, 0f};
        assertThat(cos.between(u, Vectors.norm(u), v)).isCloseTo(1f, within(EPS));
        float[] w = {0f, 0f, 2f, 0f};
        assertThat(cos.between(w, Vectors.norm(w), v)).isZero();
    }

    @Test
    void sparseVector_roundTripsThroughDenseAndBytes() {
        float[] dense = {0f, 0.5f, 0f, -0.25f};
        SparseVector s = SparseVector.of(dense);
        assertThat(s.indices()).containsExactly(1, 3);
        assertThat(FloatCodec.decode(FloatCodec.encode(s.toDense()))).containsExactly(dense);
        assertThat(s.dot(new float[] {9f, 2f, 9f, 4f})).isCloseTo(0f, within(EPS));
    }

    @Test
    void itemVector_isUnitLengthDeterministic_andCloserForFilmsSharingDirectorAndGenre() {
        Movie alien = new Movie(1, "Alien", 1979, List.of("Horror", "Sci-Fi"), List.of("Ridley Scott"), List.of("Sigourney Weaver"), List.of("space"), null, null, null);
        Movie prometheus = new Movie(2, "Prometheus", 2012, List.of("Horror", "Sci-Fi"), List.of("Ridley Scott"), List.of("Noomi Rapace"), List.of("space"), null, null, null);
        Movie notting = new Movie(3, "Notting Hill", 1999, List.of("Comedy", "Romance"), List.of("Roger Michell"), List.of("Julia Roberts"), List.of("london"), null, null, null);
        SparseVector a = ItemVectorizer.vectorize(alien);
        assertThat(a.norm()).isCloseTo(1f, within(1e-5f));
        assertThat(ItemVectorizer.vectorize(alien).toDense()).containsExactly(a.toDense());
        float close = a.dot(ItemVectorizer.vectorize(prometheus).toDense());
        float far = a.dot(ItemVectorizer.vectorize(notting).toDense());
        assertThat(close).isGreaterThan(0.5f);
        assertThat(far).isLessThan(close - 0.4f);
    }
}
