package app.cinesync.core.testing;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.catalog.TitleFolding;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.RecentRatings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** {@link MovieRepository} in memory, matching and ordering as {@code JdbcMovieRepository} does; the films' rating counters too. */
public final class InMemoryMovies implements MovieRepository {
    private final InMemoryStorage db;
    private final TreeMap<Long, Movie> films = new TreeMap<>();
    private final Map<Long, Integer> counts = new HashMap<>();
    private final Map<Long, Double> sums = new HashMap<>();
    private long nextId = 1;

    InMemoryMovies(InMemoryStorage db) {
        this.db = db;
    }

    /** Stores films as given (merging as {@link #upsert} does); returns them with their ids. */
    public List<Movie> add(Movie... movies) {
        List<Movie> out = new ArrayList<>();
        for (Movie m : movies) {
            out.add(films.get(upsert(m)));
        }
        return out;
    }

    @Override
    public long upsert(Movie movie) {
        db.reach();
        synchronized (db.lock) {
            Long id = films.values().stream()
                    .filter(m -> movie.movielensId() != null ? movie.movielensId().equals(m.movielensId()) : sameTitle(m, movie))
                    .map(Movie::id).findFirst().orElse(null);
            long stored = id == null ? nextId++ : id;
            films.put(stored, movie.withId(stored));
            return stored;
        }
    }

    private static boolean sameTitle(Movie a, Movie b) {
        return TitleFolding.fold(a.title()).equals(TitleFolding.fold(b.title())) && Objects.equals(a.year(), b.year());
    }

    @Override
    public Optional<Movie> findById(long id) {
        db.reach();
        synchronized (db.lock) {
            return Optional.ofNullable(films.get(id));
        }
    }

    @Override
    public List<Movie> findByTitle(String foldedTitle, Integer year) {
        db.reach();
        synchronized (db.lock) {
            return films.values().stream()
                    .filter(m -> TitleFolding.fold(m.title()).equals(foldedTitle) && (year == null || year.equals(m.year())))
                    .sorted(mostRated().thenComparing(m -> m.year() == null ? Integer.MAX_VALUE : m.year(), Comparator.reverseOrder()))
                    .limit(10).toList();
        }
    }

    @Override
    public List<Movie> search(String foldedQuery, Integer year, int limit) {
        db.reach();
        List<String> words = foldedQuery.isBlank() ? List.of() : List.of(foldedQuery.split(" "));
        synchronized (db.lock) {
            return films.values().stream()
                    .filter(m -> year == null || year.equals(m.year()))
                    .filter(m -> words.stream().allMatch(TitleFolding.fold(m.title())::contains))
                    .sorted(Comparator.<Movie>comparingInt(m -> tier(TitleFolding.fold(m.title()), foldedQuery, words))
                            .thenComparing(mostRated()).thenComparing(Movie::title))
                    .limit(limit).toList();
        }
    }

    @Override
    public List<Movie> findByWords(String foldedQuery, Integer year, int limit) {
        db.reach();
        List<String> words = foldedQuery.isBlank() ? List.of() : List.of(foldedQuery.split(" "));
        synchronized (db.lock) {
            return films.values().stream()
                    .filter(m -> !words.isEmpty() && (year == null || year.equals(m.year())))
                    .filter(m -> words.stream().allMatch(w -> (" " + TitleFolding.fold(m.title()) + " ").contains(" " + w + " ")))
                    .sorted(mostRated().thenComparing(Movie::title))
                    .limit(limit).toList();
        }
    }

    /** 0: the title starts with the query; 1: every word typed starts a word of the title; 2: the rest. */
    private static int tier(String title, String query, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return title.startsWith(query) ? 0 : words.stream().allMatch(w -> (" " + title).contains(" " + w)) ? 1 : 2;
    }

    private Comparator<Movie> mostRated() {
        return Comparator.comparingInt((Movie m) -> counts.getOrDefault(m.id(), 0)).reversed();
    }

    @Override
    public long count() {
        db.reach();
        synchronized (db.lock) {
            return films.size();
        }
    }

    /** Moves the film's counters as a rating does; false when there is no such film (a foreign key refuses it). */
    boolean counted(long movieId, int moreRatings, double moreStars) {
        if (!films.containsKey(movieId)) {
            return false;
        }
        counts.merge(movieId, moreRatings, Integer::sum);
        sums.merge(movieId, moreStars, Double::sum);
        return true;
    }

    boolean exists(long movieId) {
        return films.containsKey(movieId);
    }

    /** The catalog snapshot {@code JdbcCatalogReader} would read now. */
    CatalogSnapshot snapshot() {
        db.reach();
        synchronized (db.lock) {
            List<Movie> all = List.copyOf(films.values());
            Instant now = db.clock().instant();
            Map<Long, Integer> recent = db.ratings.ratedBetween(now.minus(RecentRatings.WINDOW), now);
            return new CatalogSnapshot(all, all.stream().map(ItemVectorizer::vectorize).toList(),
                    all.stream().mapToInt(m -> counts.getOrDefault(m.id(), 0)).toArray(),
                    all.stream().mapToDouble(m -> sums.getOrDefault(m.id(), 0.0)).toArray(),
                    RecentRatings.asRead(all.stream().mapToInt(m -> recent.getOrDefault(m.id(), 0)).toArray()), now);
        }
    }
}
