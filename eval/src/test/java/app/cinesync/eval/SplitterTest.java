package app.cinesync.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {
    private static List<Interaction> user(long user, int n) {
        List<Interaction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Interaction(user, 100 + i, 3.0, 1000 - i)); // later films rated earlier
        }
        return out;
    }

    @Test
    void temporal_whenTenRatings_putsTheTwoLatestInTest() {
        Split s = Splitter.temporal(user(1, 10), 0.2);

        assertThat(s.test()).extracting(Interaction::movieId).containsExactlyInAnyOrder(100L, 101L);
        assertThat(s.train()).hasSize(8);
    }

    @Test
    void split_whenFewerThanFiveRatings_keepsAllInTrain() {
        Split s = Splitter.random(user(2, 4), 0.2, 1);

        assertThat(s.test()).isEmpty();
        assertThat(s.train()).hasSize(4);
    }

    @Test
    void random_isReproducibleAndDisjoint() {
        List<Interaction> rows = new ArrayList<>(user(1, 23));
        rows.addAll(user(2, 7));

        Split a = Splitter.random(rows, 0.2, 42);
        Split b = Splitter.random(rows, 0.2, 42);

        assertThat(a).isEqualTo(b);
        assertThat(a.test()).hasSize(5 + 1);
        assertThat(a.train()).doesNotContainAnyElementsOf(a.test());
        assertThat(a.train().size() + a.test().size()).isEqualTo(30);
    }

    @Test
    void testCount_followsTheReadmeRounding() {
        assertThat(Splitter.testCount(4, 0.2)).isZero();
        assertThat(Splitter.testCount(5, 0.2)).isEqualTo(1);
        assertThat(Splitter.testCount(12, 0.2)).isEqualTo(2);
        assertThat(Splitter.testCount(13, 0.2)).isEqualTo(3);
    }
}
