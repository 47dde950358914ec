package app.cinesync.bench;

import app.cinesync.core.catalog.ImportReport;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieLensFiles;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Query;
import app.cinesync.core.recommend.RankingConfig;
import app.cinesync.core.recommend.RecentRatings;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.eval.EvalData;
import app.cinesync.eval.Interaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The production ranking on a real model: EASE trained on MovieLens ml-latest-small (read from
 * {@code -Dcinesync.datasets=../shared/datasets}, never copied into the project) with the production
 * configuration; one page of 10 recommendations (the member folded in from their history, every one
 * of the 9,742 films scored, the picks explained) for a member with {@code ratings} ratings.
 * {@code ranking=collaborative} is the baseline run beside it: the same pipeline with EASE's scores
 * alone (no content, popularity, genre lift or distinct-taste placement).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class HybridBench {
    @Param({"5", "50", "500"})
    int ratings;
    @Param({"production", "collaborative"})
    String ranking;
    private Recommender recommender;
    private MemberHistory history;

    @Setup(Level.Trial)
    public void train() {
        Path data = Path.of(System.getProperty("cinesync.datasets", "../shared/datasets"), "ml-latest-small");
        if (!Files.isReadable(data.resolve("ratings.csv"))) {
            throw new IllegalStateException("MovieLens ml-latest-small not found under " + data + "; pass -Dcinesync.datasets=DIR");
        }
        List<Interaction> all = Interaction.read(data.resolve("ratings.csv"));
        List<Movie> movies = List.copyOf(MovieLensFiles.movies(new MovieLensFiles.Sources(data.resolve("movies.csv"), null,
                data.resolve("tags.csv"), null, null), new ImportReport()).values());
        EvalData eval = new EvalData(movies, all, List.of());
        EaseModel model = EaseTrainer.train(eval.trainObservations(), RankingConfig.DEFAULT.ease());
        RankingConfig config = ranking.equals("production") ? RankingConfig.DEFAULT : RankingConfig.DEFAULT.collaborativeOnly();
        recommender = new Recommender(asRead(eval.snapshot(), all), model, config);
        SplittableRandom random = new SplittableRandom(1);
        List<Interaction> mine = new ArrayList<>();
        for (int k = 0; k < ratings; k++) {
            mine.add(new Interaction(1, movies.get(random.nextInt(movies.size())).id(), 0.5 + random.nextInt(10) * 0.5, k));
        }
        history = EvalData.historyOf(mine);
    }

    /**
     * The snapshot as the catalog reader gives it in production: the ratings of the year before the
     * last one counted once, as of that moment (not replayed per member, as {@code eval} does).
     */
    static CatalogSnapshot asRead(CatalogSnapshot replayed, List<Interaction> all) {
        long end = all.stream().mapToLong(Interaction::timestamp).max().orElse(0);
        int[] recent = new int[replayed.size()];
        for (Interaction r : all) {
            if (r.timestamp() > end - RecentRatings.WINDOW.toSeconds()) {
                recent[replayed.indexOf(r.movieId())]++;
            }
        }
        List<Movie> movies = new ArrayList<>();
        List<SparseVector> vectors = new ArrayList<>();
        double[] sums = new double[replayed.size()];
        for (int i = 0; i < replayed.size(); i++) {
            movies.add(replayed.movie(i));
            vectors.add(replayed.vector(i));
            sums[i] = replayed.ratingSum(i);
        }
        return new CatalogSnapshot(movies, vectors, replayed.ratingCounts(), sums, RecentRatings.asRead(recent), Instant.ofEpochSecond(end));
    }

    /** What {@code /my_recommendations} computes once it has the member's history. */
    @Benchmark
    public Page recommendTen() {
        return recommender.recommend(recommender.member(history, null), new Query(10, 0, null));
    }
}
