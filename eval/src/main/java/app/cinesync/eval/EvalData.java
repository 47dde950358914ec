package app.cinesync.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.model.Observation;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.RecentRatings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One evaluation problem in memory: the catalog (every film of the movies file, plus any film id
 * that only appears in the ratings, with no metadata), the train rows and the test rows.
 * Candidates for a user are every catalog film they have not rated in train. The catalog snapshot
 * carries the train rating counts, as production's carries the stored ones, and every train rating's
 * time, so that what the community rated lately is seen from each replayed member's own moment.
 */
public final class EvalData {
    private final List<Movie> movies;
    private final long[] ids;
    private final SparseVector[] vectors;
    private final Map<Long, Integer> index = new HashMap<>();
    private final List<Interaction> train;
    private final List<Interaction> test;
    private final Map<Long, List<Interaction>> trainByUser;
    private final Map<Long, List<Interaction>> testByUser;
    private final CatalogSnapshot snapshot;

    public EvalData(List<Movie> catalog, List<Interaction> train, List<Interaction> test) {
        List<Movie> all = new ArrayList<>(catalog);
        Set<Long> known = new HashSet<>();
        catalog.forEach(m -> known.add(m.id()));
        for (List<Interaction> rows : List.of(train, test)) {
            for (Interaction r : rows) {
                if (known.add(r.movieId())) {
                    all.add(new Movie(r.movieId(), "MovieLens " + r.movieId(), null, null, null, null, null, null, null, r.movieId()));
                }
            }
        }
        this.movies = List.copyOf(all);
        this.ids = new long[all.size()];
        this.vectors = new SparseVector[all.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = all.get(i).id();
            vectors[i] = ItemVectorizer.vectorize(all.get(i));
            index.put(ids[i], i);
        }
        this.train = List.copyOf(train);
        this.test = List.copyOf(test);
        this.trainByUser = Splitter.byUser(train);
        this.trainByUser.values().forEach(l -> l.sort(Interaction.USER_TIME_ORDER));
        this.testByUser = Splitter.byUser(test);
        int[] counts = new int[ids.length];
        double[] sums = new double[ids.length];
        for (Interaction r : train) {
            counts[index.get(r.movieId())]++;
            sums[index.get(r.movieId())] += r.rating();
        }
        long[][] times = new long[ids.length][];
        int[] filled = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            times[i] = new long[counts[i]];
        }
        for (Interaction r : train) {
            int i = index.get(r.movieId());
            times[i][filled[i]++] = r.timestamp();
        }
        // every replayed member sees what the community rated in the year before their own last rating
        this.snapshot = new CatalogSnapshot(movies, Arrays.asList(vectors), counts, sums, RecentRatings.replay(times), Instant.EPOCH);
    }

    /** The catalog with the train rating counts. */
    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    /** The user's train ratings as the ranking reads a member. */
    public MemberHistory history(long user) {
        return historyOf(trainOf(user));
    }

    /** Rows (in time order) as a member's history. */
    public static MemberHistory historyOf(List<Interaction> rows) {
        return new MemberHistory(rows.stream()
                .map(r -> new MemberHistory.Rated(r.movieId(), r.rating(), Instant.ofEpochSecond(r.timestamp()))).toList(), java.util.Set.of());
    }

    public List<Movie> movies() {
        return movies;
    }

    public long[] ids() {
        return ids;
    }

    public SparseVector[] vectors() {
        return vectors;
    }

    public int indexOf(long movieId) {
        return index.getOrDefault(movieId, -1);
    }

    public List<Interaction> train() {
        return train;
    }

    public List<Interaction> test() {
        return test;
    }

    /** The user's train rows in (timestamp, movieId) order; empty when none. */
    public List<Interaction> trainOf(long user) {
        return trainByUser.getOrDefault(user, List.of());
    }

    /** Test users in first-seen order. */
    public List<Long> testUsers() {
        return List.copyOf(testByUser.keySet());
    }

    /** The user's relevant test films under the protocol. */
    public Set<Long> relevant(long user, Protocol protocol) {
        Set<Long> out = new HashSet<>();
        for (Interaction r : testByUser.getOrDefault(user, List.of())) {
            if (protocol.relevant(r.rating())) {
                out.add(r.movieId());
            }
        }
        return out;
    }

    /** Train rows as model observations. */
    public List<Observation> trainObservations() {
        return train.stream().map(r -> new Observation(r.userId(), r.movieId(), r.rating(), r.timestamp())).toList();
    }

}
