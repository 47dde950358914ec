package app.cinesync.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberWeightFitterTest {
    private static final EaseModel MODEL = EaseTrainer.train(PlantedClusters.ratings(7), new EaseConfig(10, 0, 1));
    private static final HybridParams PARAMS = new HybridParams(1, 0, 86400, new MemberWeights(1, 0.1, 0.1, 0.1));

    private static HybridScorer scorer() {
        return new HybridScorer(MODEL, PARAMS, PlantedClusters.ids(), PlantedClusters.vectors());
    }

    @Test
    void fit_whenFewerThanEightRatings_keepsTheDefault() {
        List<Rated> few = List.of(new Rated(1, 5), new Rated(2, 5), new Rated(3, 5));

        MemberWeights w = MemberWeightFitter.fit(scorer(), few, new double[36], new double[36]);

        assertThat(w).isEqualTo(PARAMS.weights());
    }

    @Test
    void fit_whenMemberPicksOnlyTheTrendingFilms_raisesTheTrendWeight() {
        HybridScorer s = scorer();
        double[] trend = new double[s.size()];
        List<Rated> mine = new ArrayList<>();
        for (int c = 0; c < PlantedClusters.CLUSTERS; c++) { // the member hops across clusters, always to what trends
            for (int k = 0; k < 4; k++) {
                long id = PlantedClusters.film(c, k);
                trend[s.indexOf(id)] = 1.0;
                mine.add(new Rated(id, 4.0));
            }
        }
        double[] popularity = new double[s.size()];
        Arrays.fill(popularity, 0.5);

        MemberWeights w = MemberWeightFitter.fit(s, mine, popularity, trend);

        // best grid point: trend x4 (0.4); shrunk with a = 9 / (9 + 50)
        assertThat(w.trend()).isGreaterThan(PARAMS.weights().trend());
        assertThat(w.collab()).isCloseTo(1.0, within(1e-12));
    }
}
