package app.cinesync.bench;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.EmbeddingUpdater;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.preference.PreferenceAnalyzer;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.RatedMovie;
import app.cinesync.core.recommend.Blend;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.PopularityModel;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.recommend.Recommender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** The engine's hot paths, in memory: one embedding update, re-ranking a catalog, analysing 1,000 ratings. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBench {

    /** A member with 50 ratings over a synthetic catalog of {@code candidates} films. */
    @State(Scope.Benchmark)
    public static class Catalog {
        @Param({"1000", "10000"})
        int candidates;
        CatalogSnapshot snapshot;
        float[] base;
        float[] embedding;
        Map<Long, Double> rated;

        @Setup(Level.Trial)
        public void setUp() {
            snapshot = SyntheticCatalog.snapshot(candidates, 42);
            base = PopularityModel.scores(snapshot);
            embedding = new float[ItemVectorizer.DIMENSION];
            rated = new HashMap<>();
            SplittableRandom r = new SplittableRandom(7);
            for (int k = 0; k < 50; k++) {
                int i = r.nextInt(candidates);
                double stars = 0.5 + r.nextInt(10) * 0.5;
                rated.put(snapshot.movie(i).id(), stars);
                EmbeddingUpdater.apply(embedding, snapshot.vector(i), stars);
            }
        }
    }

    /** One film vector and a warm embedding. */
    @State(Scope.Thread)
    public static class Update {
        float[] embedding = new float[ItemVectorizer.DIMENSION];
        SparseVector film;

        @Setup(Level.Trial)
        public void setUp() {
            film = ItemVectorizer.vectorize(SyntheticCatalog.films(1, 3).getFirst());
        }
    }

    /** 1,000 ratings of distinct synthetic films. */
    @State(Scope.Benchmark)
    public static class Ratings {
        List<RatedMovie> ratings;

        @Setup(Level.Trial)
        public void setUp() {
            List<Movie> films = SyntheticCatalog.films(1000, 11);
            SplittableRandom r = new SplittableRandom(5);
            ratings = new ArrayList<>();
            for (Movie m : films) {
                ratings.add(new RatedMovie(m, 0.5 + r.nextInt(10) * 0.5, 2 + r.nextDouble() * 2, ItemVectorizer.vectorize(m)));
            }
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public float[] embeddingUpdate(Update s) {
        EmbeddingUpdater.apply(s.embedding, s.film, 4.5);
        return s.embedding;
    }

    @Benchmark
    public List<Recommendation> rerankTop10(Catalog s) {
        return new Recommender().recommend(s.snapshot, s.base, s.embedding, s.rated, new Blend(0.6, 0.4), null, 10, 0);
    }

    @Benchmark
    public PreferenceProfile analyse1000Ratings(Ratings s) {
        return PreferenceAnalyzer.analyze(1, s.ratings, Instant.EPOCH, Instant.EPOCH);
    }
}
