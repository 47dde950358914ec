package app.cinesync.bench;

import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.Observation;
import app.cinesync.core.recommend.RankingConfig;
import app.cinesync.eval.Interaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * A full retrain of the collaborative model on MovieLens ml-latest-small (read from
 * {@code -Dcinesync.datasets=../shared/datasets}, never copied into the project), with the production
 * configuration ({@code minRatings} = 5) and over every rated film ({@code minRatings} = 1).
 * {@code inverse=FILMS} is the baseline run beside it: the n x n Cholesky inverse that training used
 * before; {@code MEMBERS} goes through the 610 members (what {@code train} does here). The n x n
 * inverse over every film takes minutes: run it with {@code -p minRatings=5} only.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@State(Scope.Benchmark)
public class TrainBench {
    @Param({"MEMBERS", "FILMS"})
    EaseTrainer.Inverse inverse;
    @Param({"5", "1"})
    int minRatings;
    private List<Observation> ratings;

    @Setup(Level.Trial)
    public void read() {
        Path file = Path.of(System.getProperty("cinesync.datasets", "../shared/datasets"), "ml-latest-small", "ratings.csv");
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("MovieLens ml-latest-small not found at " + file + "; pass -Dcinesync.datasets=DIR");
        }
        ratings = Interaction.read(file).stream()
                .map(r -> new Observation(r.userId(), r.movieId(), r.rating(), r.timestamp())).toList();
    }

    @Benchmark
    public EaseModel train() {
        EaseConfig ease = RankingConfig.DEFAULT.ease();
        return EaseTrainer.train(ratings, new EaseConfig(ease.lambda(), ease.dropout(), minRatings), inverse);
    }
}
