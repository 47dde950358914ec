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
    void taste_isTheSumOfTheRatedFilmsCentredOnTheMembersMean_throughRatingsAndReRatings() {
        SparseVector wide = new SparseVector(ItemVectorizer.DIMENSION, new int[] {0}, new float[] {1f});
        SparseVector y = new SparseVector(ItemVectorizer.DIMENSION, new int[] {1, 2}, new float[] {0.6f, 0.8f});
        float[] state = TasteVector.empty();
        TasteVector.add(state, wide, 5);
        TasteVector.add(state, y, 2);
        TasteVector.rerate(state, wide, 5, 4); // now 4 and 2: mean 3
        float[] taste = TasteVector.taste(state, TasteVector.mean(new double[] {4, 2}));
        assertThat(taste[0]).isCloseTo((float) TasteVector.coefficient(4, 3), within(EPS)); // 1.5
        assertThat(taste[1]).isCloseTo(-0.5f * 0.6f, within(EPS));
        assertThat(taste[2]).isCloseTo(-0.5f * 0.8f, within(EPS));
        assertThat(TasteVector.mean(new double[] {1})).isEqualTo(TasteVector.MIDDLE);
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
