package app.cinesync.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.HybridParams;
import app.cinesync.core.model.PlantedClusters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay harness end to end on planted clusters, where the right ranking is known. */
class HybridRunTest {
    private static EvalData data() {
        List<Interaction> all = PlantedClusters.ratings(11).stream()
                .map(o -> new Interaction(o.memberId(), o.movieId(), o.stars(), o.time())).toList();
        Split split = Splitter.temporal(all, 0.2);
        return new EvalData(PlantedClusters.movies(), split.train(), split.test());
    }

    private static EaseModel model(EvalData data) {
        return EaseTrainer.train(data.trainObservations(), new EaseConfig(5, 0, 1));
    }

    @Test
    void run_whenTastesArePlanted_recommendsOnlyTheMembersCluster() {
        EvalData data = data();

        HybridRun.Result r = HybridRun.run("hybrid", data, model(data), HybridParams.DEFAULT, false);

        for (long user : data.testUsers()) {
            long[] top = r.run().lists().get(user).movieIds();
            int cluster = (int) (user % PlantedClusters.CLUSTERS);
            long inCluster = java.util.Arrays.stream(top).limit(2).filter(id -> PlantedClusters.clusterOf(id) == cluster).count();
            assertThat(inCluster).as("user %d", user).isEqualTo(2);
        }
    }

    @Test
    void run_whenTastesArePlanted_beatsMostPopular() {
        EvalData data = data();

        MetricSummary hybrid = HybridRun.run("hybrid", data, model(data), HybridParams.DEFAULT, false).run()
                .summarize(data, Protocol.TEMPORAL);
        MetricSummary pop = MostPopular.run(data).summarize(data, Protocol.TEMPORAL);

        assertThat(hybrid.users()).isEqualTo(pop.users()).isPositive();
        assertThat(hybrid.hitRate()).isCloseTo(1.0, within(1e-9));
        assertThat(hybrid.ndcg()).isGreaterThan(pop.ndcg());
    }

    @Test
    void run_withColdStart_buildsOneListPerUserAndN() {
        EvalData data = data();

        HybridRun.Result r = HybridRun.run("hybrid", data, model(data), HybridParams.DEFAULT, true, 1, 3);

        assertThat(r.coldStart()).containsOnlyKeys(1, 3);
        assertThat(r.coldStart().get(1)).hasSameSizeAs(r.run().lists());
        assertThat(r.run().nanosPerUpdate()).isPositive();
    }

    @Test
    void mostPopular_excludesTheUsersTrainFilms() {
        EvalData data = data();

        ModelRun pop = MostPopular.run(data);

        for (long user : data.testUsers()) {
            long[] trained = data.trainOf(user).stream().mapToLong(Interaction::movieId).toArray();
            assertThat(pop.lists().get(user).movieIds()).doesNotContain(trained).hasSize(10);
        }
    }
}
