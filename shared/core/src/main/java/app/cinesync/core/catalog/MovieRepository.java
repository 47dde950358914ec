package app.cinesync.core.catalog;

import java.util.List;
import java.util.Optional;

/** The stored catalog. */
public interface MovieRepository {
    /** Stores a film (merging with the same film already stored) and its content vector; returns its id. */
    long upsert(Movie movie);

    Optional<Movie> findById(long id);

    /**
     * Films whose folded title equals {@code foldedTitle}, of {@code year} when given, else those
     * that go by it as another name ("Seven" for "Se7en" after a MovieLens import); most rated first.
     */
    List<Movie> findByTitle(String foldedTitle, Integer year);

    /**
     * Films whose folded title, or one of their other names, contains every word of {@code foldedQuery},
     * of {@code year} when given, at most {@code limit}: first the films with a name that starts with
     * the query, then those where every word typed starts a word of a name, then the rest; within
     * each, the most rated first.
     * A blank query gives the most rated films.
     */
    List<Movie> search(String foldedQuery, Integer year, int limit);

    /**
     * Films with a name (their title or another) in which every word of {@code foldedQuery} is a whole
     * word ("a new hope" for "Star Wars: Episode IV - A New Hope"), of {@code year} when given; at most
     * {@code limit}, most rated first.
     */
    List<Movie> findByWords(String foldedQuery, Integer year, int limit);

    /** {@link #search(String, Integer, int)} of any year. */
    default List<Movie> search(String foldedQuery, int limit) {
        return search(foldedQuery, null, limit);
    }

    long count();
}
