package app.cinesync.core.catalog;

import java.util.List;
import java.util.Optional;

/** The stored catalog. */
public interface MovieRepository {
    /** Stores a film (merging with the same film already stored) and its content vector; returns its id. */
    long upsert(Movie movie);

    Optional<Movie> findById(long id);

    /** Films whose folded title equals {@code foldedTitle}, of {@code year} when given; most rated first. */
    List<Movie> findByTitle(String foldedTitle, Integer year);

    /**
     * Films whose folded title contains every word of {@code foldedQuery}: titles starting with
     * the query first, then the most rated, at most {@code limit}.
     */
    List<Movie> search(String foldedQuery, int limit);

    long count();
}
