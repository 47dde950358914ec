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

    /** The production defaults without the cold-start popularity curve (planted members have few ratings). */
    private static final HybridParams TASTE_ONLY = HybridParams.DEFAULT.withColdPopularity(new double[HybridParams.COLD_KNOTS.length]);

    private static EaseModel model(EvalData data) {
        return EaseTrainer.train(data.trainObservations(), new EaseConfig(5, 0, 1));
    }

    @Test
    void run_whenTastesArePlanted_recommendsOnlyTheMembersCluster() {
        EvalData data = data();

        HybridRun.Result r = HybridRun.run("hybrid", data, model(data), TASTE_ONLY, false);

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

        MetricSummary hybrid = HybridRun.run("hybrid", data, model(data), TASTE_ONLY, false).run()
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
    void coldStart_withOverwhelmingPopularity_ranksLikeMostPopular() {
        EvalData data = data();
        HybridParams popular = HybridParams.DEFAULT.withColdPopularity(new double[] {1e6, 1e6, 1e6, 1e6, 1e6, 1e6});
        int[] counts = new int[data.ids().length];
        data.train().forEach(r -> counts[data.indexOf(r.movieId())]++);

        HybridRun.Result r = HybridRun.run("hybrid", data, model(data), popular, false, 1);
        ModelRun pop = MostPopular.run(data);

        for (long user : data.testUsers()) {
            long[] mine = r.coldStart().get(1).get(user).movieIds();
            long[] theirs = pop.lists().get(user).movieIds();
            int tenth = counts[data.indexOf(theirs[theirs.length - 1])];
            for (long id : mine) {
                assertThat(counts[data.indexOf(id)]).as("user %d film %d", user, id).isGreaterThanOrEqualTo(tenth);
            }
        }
    }

    @Test
    void fullProfile_ranksWithTheEndOfTrainCounts_asMostPopular() {
        EvalData data = data();
        HybridParams popular = TASTE_ONLY.withWeights(new app.cinesync.core.model.MemberWeights(1, 1e6, 0, 0));
        int[] counts = new int[data.ids().length];
        data.train().forEach(r -> counts[data.indexOf(r.movieId())]++);

        HybridRun.Result r = HybridRun.run("hybrid", data, model(data), popular, false);
        ModelRun pop = MostPopular.run(data);

        for (long user : data.testUsers()) {
            long[] mine = r.run().lists().get(user).movieIds();
            long[] theirs = pop.lists().get(user).movieIds();
            int tenth = counts[data.indexOf(theirs[theirs.length - 1])];
            for (long id : mine) {
                assertThat(counts[data.indexOf(id)]).as("user %d film %d", user, id).isGreaterThanOrEqualTo(tenth);
            }
        }
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
