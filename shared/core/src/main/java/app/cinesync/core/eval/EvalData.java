package app.cinesync.core.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.model.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One evaluation problem in memory: the catalog (every film of the movies file, plus any film id
 * that only appears in the ratings, with no metadata), the train rows and the test rows.
 * Candidates for a user are every catalog film they have not rated in train.
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
