package app.cinesync.bench;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.TasteVector;
import app.cinesync.core.preference.PreferenceAnalyzer;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.RatedMovie;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Query;
import app.cinesync.core.recommend.RankingConfig;
import app.cinesync.core.recommend.Recommender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The engine's hot paths, in memory: one embedding update, one page of recommendations over a catalog
 * before any training (the pipeline over an empty model, explanations included), analysing 1,000 ratings.
 */
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
        Recommender recommender;
        MemberHistory history;

        @Setup(Level.Trial)
        public void setUp() {
            CatalogSnapshot snapshot = SyntheticCatalog.snapshot(candidates, 42);
            recommender = new Recommender(snapshot, EaseModel.EMPTY, RankingConfig.DEFAULT);
            List<MemberHistory.Rated> rated = new ArrayList<>();
            SplittableRandom r = new SplittableRandom(7);
            for (int k = 0; k < 50; k++) {
                rated.add(new MemberHistory.Rated(snapshot.movie(r.nextInt(candidates)).id(), 0.5 + r.nextInt(10) * 0.5,
                        Instant.ofEpochSecond(k)));
            }
            history = MemberHistory.of(rated, Set.of());
        }
    }

    /** One film vector and a warm embedding. */
    @State(Scope.Thread)
    public static class Update {
        float[] embedding = TasteVector.empty();
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
        TasteVector.add(s.embedding, s.film, 4.5);
        return s.embedding;
    }

    @Benchmark
    public Page rerankTop10(Catalog s) {
        return s.recommender.recommend(s.recommender.member(s.history, null), new Query(10, 0, null));
    }

    @Benchmark
    public PreferenceProfile analyse1000Ratings(Ratings s) {
        return PreferenceAnalyzer.analyze(1, s.ratings, Instant.EPOCH, Instant.EPOCH);
    }
}
