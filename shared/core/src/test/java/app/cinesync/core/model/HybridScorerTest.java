package app.cinesync.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HybridScorerTest {
    private static final EaseModel MODEL = EaseTrainer.train(PlantedClusters.ratings(7), new EaseConfig(10, 0, 1));

    private static HybridScorer scorer(HybridParams params) {
        return new HybridScorer(MODEL, params, PlantedClusters.ids(), PlantedClusters.vectors());
    }

    private static int[] clustersOfTop(HybridScorer s, MemberState m, int k) {
        double[] pop = new double[s.size()];
        Arrays.fill(pop, 0.5);
        int[] top = TopK.of(s.score(m, pop, pop, s.params().weights()), k);
        return Arrays.stream(top).map(i -> PlantedClusters.clusterOf(s.id(i))).toArray();
    }

    @Test
    void recommend_whenMemberLovesOneCluster_ranksThatClusterFirst() {
        HybridScorer s = scorer(HybridParams.DEFAULT);
        MemberState m = s.newMember();
        for (int k = 0; k < 3; k++) {
            s.apply(m, PlantedClusters.film(1, k), 5.0);
        }

        int[] clusters = clustersOfTop(s, m, PlantedClusters.FILMS_PER_CLUSTER - 3);

        assertThat(clusters).containsOnly(1);
    }

    @Test
    void apply_whenNewRatingsOfAnotherCluster_changeTheVeryNextRecommendation() {
        HybridScorer s = scorer(HybridParams.DEFAULT);
        MemberState m = s.newMember();
        s.apply(m, PlantedClusters.film(0, 0), 5.0);
        assertThat(clustersOfTop(s, m, 1)).containsExactly(0);

        s.apply(m, PlantedClusters.film(2, 0), 5.0);
        s.apply(m, PlantedClusters.film(2, 1), 5.0);

        assertThat(clustersOfTop(s, m, 1)).containsExactly(2);
    }

    @Test
    void score_whenFilmRated_excludesIt() {
        HybridScorer s = scorer(HybridParams.DEFAULT);
        MemberState m = s.newMember();
        s.apply(m, 5, 4.0);

        double[] scores = s.score(m, null, null, HybridParams.DEFAULT.weights());

        assertThat(scores[s.indexOf(5)]).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void memberState_equalsTheBatchFormulaWithDecayAndReRating() {
        HybridParams p = new HybridParams(0.9, 0.2, 86400, HybridParams.DEFAULT.weights());
        HybridScorer s = scorer(p);
        MemberState m = s.newMember();
        s.apply(m, 1, 5.0);
        s.apply(m, 2, 3.0);
        s.apply(m, 1, 1.0); // re-rating film 1: its old term goes, the new one is the newest
        s.apply(m, 14, 4.0);

        var index = MODEL.index();
        // oldest first now: film 2 (3 stars, age 2), film 1 (1 star, age 1), film 14 (4 stars, age 0)
        double[] x = {0.81 * p.ratingWeight(3.0), 0.9 * p.ratingWeight(1.0), p.ratingWeight(4.0)};
        long[] films = {2, 1, 14};
        for (int i = 0; i < MODEL.size(); i++) {
            double expected = 0;
            for (int k = 0; k < 3; k++) {
                expected += x[k] * MODEL.weight(index.get(films[k]), i);
            }
            assertThat(m.collab(i)).isCloseTo(expected, within(1e-5));
        }
        assertThat(m.ratings()).containsOnlyKeys(2L, 1L, 14L);
        assertThat(m.weightOf(1)).isCloseTo(0.9 * p.ratingWeight(1.0), within(1e-9));
    }

    @Test
    void because_namesTheRatedFilmThatContributesMost() {
        HybridScorer s = scorer(HybridParams.DEFAULT);
        MemberState m = s.newMember();
        s.apply(m, PlantedClusters.film(1, 0), 5.0);
        s.apply(m, PlantedClusters.film(0, 0), 5.0);

        long reason = s.because(m, PlantedClusters.film(1, 5));

        assertThat(PlantedClusters.clusterOf(reason)).isEqualTo(1);
    }
}
