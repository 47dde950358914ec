package app.cinesync.bench;

import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.eval.Interaction;
import app.cinesync.core.eval.MovieLensReader;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.HybridParams;
import app.cinesync.core.model.HybridScorer;
import app.cinesync.core.model.ItemPopularity;
import app.cinesync.core.model.MemberState;
import app.cinesync.core.model.Observation;
import app.cinesync.core.model.TopK;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hybrid on a real model: EASE trained on MovieLens ml-latest-small (read from
 * {@code -Dcinesync.datasets=../shared/datasets}, never copied into the project), then one
 * online fold-in of a rating, and one full ranking of the 9,742 films for a member with 50 ratings.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class HybridBench {
    private HybridScorer scorer;
    private MemberState member;
    private double[] popularity;
    private long[] films;
    private int next;

    @Setup(Level.Trial)
    public void train() {
        Path data = Path.of(System.getProperty("cinesync.datasets", "../shared/datasets"), "ml-latest-small");
        if (!Files.isReadable(data.resolve("ratings.csv"))) {
            throw new IllegalStateException("MovieLens ml-latest-small not found under " + data + "; pass -Dcinesync.datasets=DIR");
        }
        List<Interaction> ratings = MovieLensReader.ratings(data.resolve("ratings.csv"));
        List<Observation> observations = ratings.stream()
                .map(r -> new Observation(r.userId(), r.movieId(), r.rating(), r.timestamp())).toList();
        EaseModel model = EaseTrainer.train(observations, EaseConfig.DEFAULT);
        var movies = MovieLensReader.movies(data.resolve("movies.csv"), null, null, null, null);
        films = movies.stream().mapToLong(m -> m.id()).toArray(); // the reader keeps MovieLens ids as film ids
        SparseVector[] vectors = movies.stream().map(ItemVectorizer::vectorize).toArray(SparseVector[]::new);
        scorer = new HybridScorer(model, HybridParams.DEFAULT, films, vectors);
        int[] counts = new int[films.length];
        ratings.forEach(r -> {
            int i = scorer.indexOf(r.movieId());
            if (i >= 0) {
                counts[i]++;
            }
        });
        popularity = ItemPopularity.popularity(counts);
        member = scorer.newMember();
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < 50; k++) {
            scorer.apply(member, films[random.nextInt(films.length)], 0.5 + random.nextInt(10) * 0.5);
        }
    }

    /** One rating folded into the member's state: what makes the next recommendation follow it. */
    @Benchmark
    public MemberState onlineUpdate() {
        scorer.apply(member, films[next++ % films.length], 4.0);
        return member;
    }

    /** Scoring every film and taking the top 10, for a member with 50 ratings. */
    @Benchmark
    public int[] rankAllFilms() {
        return TopK.of(scorer.score(member, popularity, null, HybridParams.DEFAULT.weights()), 10);
    }
}
