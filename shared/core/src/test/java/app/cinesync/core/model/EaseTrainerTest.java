package app.cinesync.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EaseTrainerTest {
    private static final float EPS = 1e-6f;

    /** Members 1 and 2 rate films 10 and 20; member 3 rates film 10 only: G = [[3, 2], [2, 2]]. */
    private static final List<Observation> TWO_FILMS = List.of(
            new Observation(1, 10, 5, 1), new Observation(1, 20, 4, 2),
            new Observation(2, 10, 3, 3), new Observation(2, 20, 1, 4),
            new Observation(3, 10, 5, 5));

    @Test
    void train_whenTwoFilms_matchesTheClosedForm() {
        EaseModel m = EaseTrainer.train(TWO_FILMS, new EaseConfig(1, 0, 1));

        // For two films B[0][1] = G01 / (G00 + lambda) and B[1][0] = G01 / (G11 + lambda).
        assertThat(m.itemIds()).containsExactly(10, 20);
        assertThat(m.weight(0, 1)).isCloseTo(2f / 4f, within(EPS));
        assertThat(m.weight(1, 0)).isCloseTo(2f / 3f, within(EPS));
        assertThat(m.weight(0, 0)).isZero();
        assertThat(m.weight(1, 1)).isZero();
        assertThat(m.trainedOn()).isEqualTo(5);
    }

    @Test
    void train_withDropout_addsDeltaTimesTheDiagonal() {
        EaseModel m = EaseTrainer.train(TWO_FILMS, new EaseConfig(1, 0.5, 1));

        assertThat(m.weight(0, 1)).isCloseTo(2f / (3f + 1f + 1.5f), within(EPS));
        assertThat(m.weight(1, 0)).isCloseTo(2f / (2f + 1f + 1f), within(EPS));
    }

    @Test
    void train_whenFilmHasTooFewRatings_leavesItOut() {
        EaseModel m = EaseTrainer.train(TWO_FILMS, new EaseConfig(1, 0, 3));

        assertThat(m.itemIds()).containsExactly(10);
        assertThat(m.weights()).containsExactly(0f);
    }

    @Test
    void train_whenFilmRatedTwiceBySameMember_countsItOnce() {
        List<Observation> again = new java.util.ArrayList<>(TWO_FILMS);
        again.add(new Observation(3, 10, 1, 6));

        EaseModel m = EaseTrainer.train(again, new EaseConfig(1, 0, 1));

        assertThat(m.weight(0, 1)).isCloseTo(2f / 4f, within(EPS));
    }

    @Test
    void weights_throughMembers_equalTheDirectInverse() {
        java.util.Random random = new java.util.Random(7);
        int members = 30;
        int films = 80;
        int[][] x = new int[members][];
        for (int u = 0; u < members; u++) {
            x[u] = random.ints(0, films).distinct().limit(3 + random.nextInt(20)).sorted().toArray();
        }
        for (EaseConfig config : List.of(new EaseConfig(5, 0, 1), new EaseConfig(50, 0.3, 1))) {
            float[] direct = EaseTrainer.weightsThroughFilms(x, films, config);
            float[] woodbury = EaseTrainer.weightsThroughMembers(x, films, config);

            assertThat(woodbury).containsExactly(direct, within(1e-5f));
            float largest = 0;
            for (float w : direct) {
                largest = Math.max(largest, Math.abs(w));
            }
            assertThat(largest).isGreaterThan(0.05f);
        }
    }

    @Test
    void train_whenFewerMembersThanFilms_matchesTheClosedForm() {
        // one member rates both films: G = [[1, 1], [1, 1]]; B[0][1] = 1 / (1 + lambda)
        EaseModel m = EaseTrainer.train(List.of(new Observation(1, 10, 5, 1), new Observation(1, 20, 4, 2)), new EaseConfig(1, 0, 1));

        assertThat(m.weight(0, 1)).isCloseTo(0.5f, within(EPS));
        assertThat(m.weight(1, 0)).isCloseTo(0.5f, within(EPS));
    }
}
