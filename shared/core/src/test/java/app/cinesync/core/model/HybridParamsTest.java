package app.cinesync.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HybridParamsTest {
    private static final MemberWeights W = new MemberWeights(1, 0.05, 0, 0.3);
    private static final HybridParams P = new HybridParams(1, 0, 86400, W, new double[] {8, 6, 4, 2, 1, 0.5});

    @Test
    void coldPopularityAt_atTheKnots_isTheKnotValue() {
        assertThat(P.coldPopularityAt(0)).isEqualTo(8);
        assertThat(P.coldPopularityAt(1)).isEqualTo(8);
        assertThat(P.coldPopularityAt(3)).isEqualTo(4);
        assertThat(P.coldPopularityAt(20)).isCloseTo(0.5, within(1e-12));
        assertThat(P.popularityWeight(W, 5)).isCloseTo(2.05, within(1e-12));
    }

    @Test
    void coldPopularityAt_betweenKnots_interpolatesInLogN_andVanishesAtTheEnd() {
        double at7 = P.coldPopularityAt(7);
        assertThat(at7).isCloseTo(2 - Math.log(7 / 5.0) / Math.log(2), within(1e-12));
        assertThat(P.coldPopularityAt(30)).isBetween(0.0, 0.5);
        assertThat(P.coldPopularityAt(HybridParams.COLD_END)).isZero();
        assertThat(P.coldPopularityAt(500)).isZero();
        assertThat(P.popularityWeight(W, 500)).isEqualTo(0.05);
    }

    @Test
    void fourArgumentConstructor_hasNoColdStartPopularity() {
        HybridParams p = new HybridParams(0.9, 1, 86400, W);

        for (int n = 0; n < 50; n++) {
            assertThat(p.coldPopularityAt(n)).isZero();
        }
    }

    @Test
    void curve_isCopied_andValidated() {
        double[] curve = {1, 1, 1, 1, 1, 1};
        HybridParams p = P.withColdPopularity(curve);
        curve[0] = 99;

        assertThat(p.coldPopularity()[0]).isEqualTo(1);
        assertThat(p).isEqualTo(P.withColdPopularity(new double[] {1, 1, 1, 1, 1, 1}));
        assertThatThrownBy(() -> P.withColdPopularity(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> P.withColdPopularity(new double[] {1, 1, 1, -1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void default_leansOnPopularityOnlyForNewMembers() {
        HybridParams d = HybridParams.DEFAULT;

        assertThat(d.coldPopularityAt(1)).isGreaterThan(d.coldPopularityAt(HybridParams.COLD_END - 1));
        assertThat(d.popularityWeight(d.weights(), 100)).isEqualTo(d.weights().popularity());
    }
}
