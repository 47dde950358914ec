package app.cinesync.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.embedding.SparseVector;
import org.junit.jupiter.api.Test;

/** The seed's update rule, kept for the seed-engine baseline. */
class EmbeddingUpdaterTest {
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

}
