package app.cinesync.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.PlantedClusters;
import app.cinesync.core.recommend.QuickRate;
import app.cinesync.core.recommend.RankingConfig;
import app.cinesync.core.recommend.Recommender;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluation harness on planted tastes: the production pipeline, its baselines and its extra measures. */
class PipelineRunTest {
    private static final EvalData DATA = data();
    private static final EaseModel MODEL = EaseTrainer.train(DATA.trainObservations(), new EaseConfig(5, 0, 1));
    private static final Recommender CINESYNC = new Recommender(DATA.snapshot(), MODEL, RankingConfig.DEFAULT);

    private static EvalData data() {
        List<Interaction> all = PlantedClusters.ratings(11).stream()
                .map(o -> new Interaction(o.memberId(), o.movieId(), o.stars(), o.time())).toList();
        Split split = Splitter.temporal(all, 0.25);
        return new EvalData(PlantedClusters.movies(), split.train(), split.test());
    }

    @Test
    void run_whenTastesArePlanted_recommendsEachMembersOwnClusterFirst() {
        ModelRun run = PipelineRun.run("CineSync", DATA, CINESYNC);

        for (long user : DATA.testUsers()) {
            long[] top = run.lists().get(user).movieIds();
            int cluster = (int) (user % PlantedClusters.CLUSTERS);
            assertThat(Arrays.stream(top).limit(2)).as("user %d", user).allMatch(id -> PlantedClusters.clusterOf(id) == cluster);
        }
    }

    @Test
    void run_whenTastesArePlanted_beatsMostPopularAndTheSeedEngine() {
        MetricSummary ours = PipelineRun.run("CineSync", DATA, CINESYNC).summarize(DATA, Protocol.TEMPORAL);

        assertThat(ours.users()).isPositive();
        assertThat(ours.ndcg()).isGreaterThan(MostPopular.run(DATA).summarize(DATA, Protocol.TEMPORAL).ndcg())
                .isGreaterThan(SeedEngine.run(DATA).summarize(DATA, Protocol.TEMPORAL).ndcg());
    }

    @Test
    void summarize_overGroupsOfMembers_scoresEachGroupApartAndTheyAddUpToTheWhole() {
        ModelRun run = PipelineRun.run("CineSync", DATA, CINESYNC);
        long pivot = DATA.testUsers().get(DATA.testUsers().size() / 2);

        MetricSummary all = run.summarize(DATA, Protocol.TEMPORAL);
        MetricSummary low = run.summarize(DATA, Protocol.TEMPORAL, user -> user < pivot);
        MetricSummary high = run.summarize(DATA, Protocol.TEMPORAL, user -> user >= pivot);
        MetricSummary none = run.summarize(DATA, Protocol.TEMPORAL, user -> false);

        assertThat(low.users()).isPositive();
        assertThat(high.users()).isPositive();
        assertThat(low.users() + high.users()).isEqualTo(all.users());
        assertThat(low.ndcg() * low.users() + high.ndcg() * high.users()).isCloseTo(all.ndcg() * all.users(), within(1e-9));
        assertThat(none.users()).isZero();
    }

    @Test
    void coldStart_ranksFromTheFirstNRatingsButNeverRecommendsAnyTrainFilm() {
        Map<Long, RankedList> lists = PipelineRun.coldStart(DATA, CINESYNC, 1);

        for (long user : DATA.testUsers()) {
            Set<Long> train = new HashSet<>();
            DATA.trainOf(user).forEach(r -> train.add(r.movieId()));
            assertThat(Arrays.stream(lists.get(user).movieIds()).boxed().toList()).doesNotContainAnyElementsOf(train);
        }
    }

    @Test
    void personas_followThePlantedGenreMoreThanMostPopular() {
        List<Personas.Persona> personas = Personas.of(DATA.snapshot());
        Recommender popular = new Recommender(DATA.snapshot(), EaseModel.EMPTY, RankingConfig.DEFAULT.popularityOnly());

        double[] ours = Personas.play("CineSync", CINESYNC, personas).mean();
        double[] pop = Personas.play("MostPop", popular, personas).mean();

        assertThat(personas).extracting(Personas.Persona::name)
                .containsExactly("genre Comedy", "genre Documentary", "genre Horror");
        assertThat(ours[0]).as("of the 9 unrated films of the genre").isGreaterThanOrEqualTo(0.8);
        assertThat(pop[0]).isLessThan(0.5);
    }

    @Test
    void elicitation_ranksEveryUserFromFiveAnswersAndNeverRecommendsTheirTrainFilms() {
        Elicitation.Result e = Elicitation.run(DATA, CINESYNC, new QuickRate(CINESYNC));

        assertThat(e.elicited().lists()).containsOnlyKeys(e.first().lists().keySet()).containsOnlyKeys(e.random().lists().keySet());
        e.elicited().lists().forEach((user, list) -> {
            Set<Long> train = new HashSet<>();
            DATA.trainOf(user).forEach(r -> train.add(r.movieId()));
            assertThat(Arrays.stream(list.movieIds()).boxed().toList()).doesNotContainAnyElementsOf(train);
        });
    }

    @Test
    void beyondAccuracy_ofMostPopular_isAllHeadAndTheSameForEveryone() {
        BeyondAccuracy pop = BeyondAccuracy.of(MostPopular.run(DATA), DATA);
        BeyondAccuracy ours = BeyondAccuracy.of(PipelineRun.run("CineSync", DATA, CINESYNC), DATA);

        assertThat(ours.personalization()).isGreaterThan(pop.personalization());
        assertThat(ours.popularityBias()).isLessThan(pop.popularityBias());
    }
}
