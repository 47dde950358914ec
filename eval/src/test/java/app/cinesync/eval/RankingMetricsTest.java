package app.cinesync.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double EPS = 1e-9;
    private static final List<Long> TOP = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

    @Test
    void of_whenTwoOfThreeRelevantAtRanksOneAndThree_matchesHandComputedValues() {
        RankingMetrics.UserScore s = RankingMetrics.of(TOP, Set.of(1L, 3L, 20L), 10);

        double dcg = 1 / log2(2) + 1 / log2(4);
        double idcg = 1 / log2(2) + 1 / log2(3) + 1 / log2(4);
        assertThat(s.precision()).isCloseTo(0.2, within(EPS));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.ndcg()).isCloseTo(dcg / idcg, within(EPS));
        assertThat(s.ndcg()).isCloseTo(0.7039180890341347, within(EPS));
        assertThat(s.hit()).isEqualTo(1.0);
    }

    @Test
    void of_whenMoreThanTenRelevant_dividesRecallAndIdealByTen() {
        Set<Long> relevant = Set.of(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L);

        RankingMetrics.UserScore s = RankingMetrics.of(TOP, relevant, 10);

        double idcg = 0;
        for (int i = 1; i <= 10; i++) {
            idcg += 1 / log2(i + 1);
        }
        assertThat(s.precision()).isCloseTo(0.1, within(EPS));
        assertThat(s.recall()).isCloseTo(0.1, within(EPS));
        assertThat(s.ndcg()).isCloseTo((1 / log2(11)) / idcg, within(EPS));
    }

    @Test
    void of_whenEveryItemRelevantInOrder_isPerfect() {
        RankingMetrics.UserScore s = RankingMetrics.of(List.of(5L, 6L), Set.of(5L, 6L), 10);

        assertThat(s.precision()).isCloseTo(0.2, within(EPS));
        assertThat(s.recall()).isCloseTo(1.0, within(EPS));
        assertThat(s.ndcg()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void of_whenNoHit_isZeroAndNoHit() {
        RankingMetrics.UserScore s = RankingMetrics.of(TOP, Set.of(99L), 10);

        assertThat(s.precision()).isZero();
        assertThat(s.ndcg()).isZero();
        assertThat(s.hit()).isZero();
    }

    @Test
    void of_whenNothingRelevant_isNotScored() {
        assertThat(RankingMetrics.of(TOP, Set.of(), 10)).isNull();
    }

    @Test
    void summary_averagesUsersAndCountsCoverageOverCatalog() {
        MetricSummary m = new MetricSummary.Builder("m", 40)
                .add(RankingMetrics.of(List.of(1L, 2L), Set.of(1L), 10), List.of(1L, 2L))
                .add(RankingMetrics.of(List.of(2L, 3L), Set.of(9L), 10), List.of(2L, 3L))
                .add(null, List.of(7L, 8L))
                .build();

        assertThat(m.users()).isEqualTo(2);
        assertThat(m.precision()).isCloseTo(0.05, within(EPS));
        assertThat(m.recall()).isCloseTo(0.5, within(EPS));
        assertThat(m.ndcg()).isCloseTo(0.5, within(EPS));
        assertThat(m.hitRate()).isCloseTo(0.5, within(EPS));
        assertThat(m.coverage()).isCloseTo(3 / 40.0, within(EPS));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
