package app.cinesync.core.catalog;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.FloatCodec;
import app.cinesync.core.embedding.ItemVectorizer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link MovieRepository} on PostgreSQL. */
public final class JdbcMovieRepository implements MovieRepository {
    static final String COLUMNS = "movie_id, title, year, genres, directors, cast_members, tags, imdb_id, tmdb_id, movielens_id";
    /** Every name of every film, folded: {@code (movie_id, name)}. */
    private static final String NAMES = "SELECT movie_id, search_title AS name FROM movies UNION ALL SELECT movie_id, search_title FROM movie_titles";

    private final Database db;

    public JdbcMovieRepository(Database db) {
        this.db = db;
    }

    @Override
    public long upsert(Movie movie) {
        return db.inTransaction(c -> upsert(c, movie));
    }

    /**
     * The same as {@link #upsert(Movie)}, inside the caller's transaction (bulk import). The film
     * stored is the one of the same MovieLens id, else of the same IMDb id, else of the same title
     * and year, unless that one has another IMDb id: then the two are different films that cannot
     * both be stored under that title and year, and nothing is written.
     *
     * @throws TitleTakenException when the title and year belong to a film with another IMDb id
     */
    public static long upsert(Connection c, Movie m) throws SQLException {
        Long id = null;
        if (m.movielensId() != null) {
            id = single(c, "SELECT movie_id FROM movies WHERE movielens_id = ?", m.movielensId());
        }
        if (id == null) {
            id = byImdbId(c, m.imdbId()).map(Movie::id).orElse(null);
        }
        if (id == null) {
            Optional<Movie> sameTitle = byTitle(c, m.title(), m.year());
            if (sameTitle.isPresent() && !sameTitle.get().mayBe(m)) {
                throw new TitleTakenException(sameTitle.get(), m);
            }
            id = sameTitle.map(Movie::id).orElse(null);
        }
        if (id == null) {
            id = insert(c, m);
        } else {
            update(c, id, m);
        }
        saveVector(c, id, m);
        return id;
    }

    /** The film stored under this title (folded) and year. */
    static Optional<Movie> byTitle(Connection c, String title, Integer year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM movies WHERE search_title = ? AND year IS NOT DISTINCT FROM ?")) {
            ps.setString(1, TitleFolding.fold(title));
            setYear(ps, 2, year);
            return first(ps);
        }
    }

    /** The film stored with this IMDb id; empty for a null id. */
    static Optional<Movie> byImdbId(Connection c, String imdbId) throws SQLException {
        if (imdbId == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM movies WHERE imdb_id = ?")) {
            ps.setString(1, imdbId);
            return first(ps);
        }
    }

    /**
     * Gives each stored film that has no IMDb id the id of the given film of its title and year,
     * unless a stored film has that id already; returns how many got one. A catalog stored before
     * the films had their ids (the bundled catalog of older versions) so merges by id on import.
     */
    static int addMissingImdbIds(Connection c, List<Movie> films) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE movies SET imdb_id = ? WHERE search_title = ? AND year IS NOT DISTINCT FROM ? AND imdb_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM movies WHERE imdb_id = ?)""")) {
            for (Movie m : films) {
                if (m.imdbId() != null) {
                    ps.setString(1, m.imdbId());
                    ps.setString(2, TitleFolding.fold(m.title()));
                    setYear(ps, 3, m.year());
                    ps.setString(4, m.imdbId());
                    ps.addBatch();
                }
            }
            return Arrays.stream(ps.executeBatch()).sum();
        }
    }

    private static long insert(Connection c, Movie m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO movies (title, search_title, year, genres, directors, cast_members, tags, imdb_id, tmdb_id, movielens_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING movie_id""")) {
            bind(c, ps, m);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Newer metadata wins, but an empty list or a missing id never erases what is known, and the
     * credits a film has are kept: the bundled films' are curated, and a credits file may be wrong
     * where they are right (HetRec's names Akira Kurosawa the director of Se7en).
     */
    private static void update(Connection c, long id, Movie m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE movies SET title = ?, search_title = ?, year = coalesce(?, year),
                  genres = CASE WHEN cardinality(?::text[]) > 0 THEN ?::text[] ELSE genres END,
                  directors = CASE WHEN cardinality(?::text[]) > 0 AND cardinality(directors) = 0 THEN ?::text[] ELSE directors END,
                  cast_members = CASE WHEN cardinality(?::text[]) > 0 AND cardinality(cast_members) = 0 THEN ?::text[] ELSE cast_members END,
                  tags = CASE WHEN cardinality(?::text[]) > 0 THEN ?::text[] ELSE tags END,
                  imdb_id = coalesce(?, imdb_id), tmdb_id = coalesce(?, tmdb_id), movielens_id = coalesce(?, movielens_id)
                WHERE movie_id = ?""")) {
            ps.setString(1, m.title());
            ps.setString(2, TitleFolding.fold(m.title()));
            setYear(ps, 3, m.year());
            int i = 4;
            for (List<String> list : List.of(m.genres(), m.directors(), m.cast(), m.tags())) {
                Array a = c.createArrayOf("text", list.toArray());
                ps.setArray(i++, a);
                ps.setArray(i++, a);
            }
            ps.setString(i++, m.imdbId());
            ps.setObject(i++, m.tmdbId(), Types.BIGINT);
            ps.setObject(i++, m.movielensId(), Types.BIGINT);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** Recomputes the stored vector from the row as it now is (metadata may have merged). */
    private static void saveVector(Connection c, long id, Movie given) throws SQLException {
        Movie stored = find(c, id).orElse(given);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO item_vectors (movie_id, dimension, feature_version, vector) VALUES (?, ?, ?, ?)
                ON CONFLICT (movie_id) DO UPDATE SET dimension = EXCLUDED.dimension, feature_version = EXCLUDED.feature_version,
                  vector = EXCLUDED.vector, updated_at = now()""")) {
            ps.setLong(1, id);
            ps.setShort(2, (short) ItemVectorizer.DIMENSION);
            ps.setShort(3, ItemVectorizer.FEATURE_VERSION);
            ps.setBytes(4, FloatCodec.encode(ItemVectorizer.vectorize(stored).toDense()));
            ps.executeUpdate();
        }
    }

    private static void bind(Connection c, PreparedStatement ps, Movie m) throws SQLException {
        ps.setString(1, m.title());
        ps.setString(2, TitleFolding.fold(m.title()));
        setYear(ps, 3, m.year());
        ps.setArray(4, c.createArrayOf("text", m.genres().toArray()));
        ps.setArray(5, c.createArrayOf("text", m.directors().toArray()));
        ps.setArray(6, c.createArrayOf("text", m.cast().toArray()));
        ps.setArray(7, c.createArrayOf("text", m.tags().toArray()));
        ps.setString(8, m.imdbId());
        ps.setObject(9, m.tmdbId(), Types.BIGINT);
        ps.setObject(10, m.movielensId(), Types.BIGINT);
    }

    private static void setYear(PreparedStatement ps, int i, Integer year) throws SQLException {
        if (year == null) {
            ps.setNull(i, Types.SMALLINT);
        } else {
            ps.setShort(i, year.shortValue());
        }
    }

    private static Long single(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public Optional<Movie> findById(long id) {
        return db.read(c -> find(c, id));
    }

    static Optional<Movie> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM movies WHERE movie_id = ?")) {
            ps.setLong(1, id);
            return first(ps);
        }
    }

    /**
     * The films of this title (folded) and year when given: those stored under it, else those that
     * go by it as another name ({@code movie_titles}), the most rated first.
     */
    @Override
    public List<Movie> findByTitle(String foldedTitle, Integer year) {
        return db.read(c -> {
            List<Movie> own = named(c, "search_title = ?", foldedTitle, year);
            return own.isEmpty() ? named(c, "movie_id IN (SELECT movie_id FROM movie_titles WHERE search_title = ?)", foldedTitle, year) : own;
        });
    }

    /** The films of {@code year} (any when null) that meet {@code condition} on {@code name}, most rated first, at most 10. */
    private static List<Movie> named(Connection c, String condition, String name, Integer year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM movies m WHERE (?::smallint IS NULL OR year = ?::smallint)"
                + " AND " + condition + " ORDER BY rating_count DESC, year DESC LIMIT 10")) {
            setYear(ps, 1, year);
            setYear(ps, 2, year);
            ps.setString(3, name);
            return list(ps);
        }
    }

    /**
     * Films with every word of the query in their title or in one of their other names, those
     * where a name starts with the query first, then those where each word starts a word of a
     * name, then the rest, the most rated first within each.
     */
    @Override
    public List<Movie> search(String foldedQuery, Integer year, int limit) {
        List<String> words = foldedQuery.isBlank() ? List.of() : List.of(foldedQuery.split(" "));
        if (words.isEmpty()) {
            return db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM movies m WHERE (?::smallint IS NULL OR year = ?::smallint)"
                        + " ORDER BY rating_count DESC, title LIMIT ?")) {
                    setYear(ps, 1, year);
                    setYear(ps, 2, year);
                    ps.setInt(3, limit);
                    return list(ps);
                }
            });
        }
        String everyWord = String.join(" AND ", Collections.nCopies(words.size(), "name LIKE ?"));
        String tier = "CASE WHEN name LIKE ? THEN 0 WHEN "
                + String.join(" AND ", Collections.nCopies(words.size(), "(' ' || name) LIKE ?")) + " THEN 1 ELSE 2 END";
        String sql = "SELECT " + COLUMNS + " FROM movies m JOIN (SELECT movie_id, min(" + tier + ") AS tier FROM ("
                + NAMES + ") names"
                + " WHERE " + everyWord + " GROUP BY movie_id) hit USING (movie_id)"
                + " WHERE (?::smallint IS NULL OR year = ?::smallint) ORDER BY hit.tier, rating_count DESC, title LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, escapeLike(foldedQuery) + "%"); // a name starts with the query
                for (String w : words) {
                    ps.setString(i++, "% " + escapeLike(w) + "%"); // the word starts a word of the name
                }
                for (String w : words) {
                    ps.setString(i++, "%" + escapeLike(w) + "%"); // anywhere
                }
                setYear(ps, i++, year);
                setYear(ps, i++, year);
                ps.setInt(i, limit);
                return list(ps);
            }
        });
    }

    @Override
    public List<Movie> findByWords(String foldedQuery, Integer year, int limit) {
        List<String> words = foldedQuery.isBlank() ? List.of() : List.of(foldedQuery.split(" "));
        if (words.isEmpty()) {
            return List.of();
        }
        String everyWord = String.join(" AND ", Collections.nCopies(words.size(), "(' ' || name || ' ') LIKE ?"));
        String sql = "SELECT " + COLUMNS + " FROM movies m WHERE (?::smallint IS NULL OR year = ?::smallint) AND movie_id IN (SELECT movie_id FROM ("
                + NAMES + ") names WHERE " + everyWord + ") ORDER BY rating_count DESC, title LIMIT ?";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                setYear(ps, i++, year);
                setYear(ps, i++, year);
                for (String w : words) {
                    ps.setString(i++, "% " + escapeLike(w) + " %");
                }
                ps.setInt(i, limit);
                return list(ps);
            }
        });
    }

    /**
     * Keeps {@code names} as other names of the film, folded; its own title and names already kept
     * are skipped. Returns how many were new.
     */
    static int addTitles(Connection c, long movieId, Collection<String> names) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO movie_titles (search_title, movie_id)
                SELECT ?, movie_id FROM movies WHERE movie_id = ? AND search_title <> ?
                ON CONFLICT DO NOTHING""")) {
            Set<String> folded = new LinkedHashSet<>();
            for (String name : names) {
                String f = TitleFolding.fold(name);
                if (!f.isEmpty() && f.length() <= Movie.MAX_TITLE) {
                    folded.add(f);
                }
            }
            for (String f : folded) {
                ps.setString(1, f);
                ps.setLong(2, movieId);
                ps.setString(3, f);
                ps.addBatch();
            }
            return folded.isEmpty() ? 0 : Arrays.stream(ps.executeBatch()).sum();
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public long count() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM movies")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Optional<Movie> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        }
    }

    private static List<Movie> list(PreparedStatement ps) throws SQLException {
        List<Movie> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Reads a film from a row holding the catalog columns. */
    public static Movie read(ResultSet rs) throws SQLException {
        short year = rs.getShort("year");
        Integer y = rs.wasNull() ? null : (int) year;
        long tmdb = rs.getLong("tmdb_id");
        Long t = rs.wasNull() ? null : tmdb;
        long ml = rs.getLong("movielens_id");
        Long m = rs.wasNull() ? null : ml;
        return new Movie(rs.getLong("movie_id"), rs.getString("title"), y, strings(rs, "genres"), strings(rs, "directors"),
                strings(rs, "cast_members"), strings(rs, "tags"), rs.getString("imdb_id"), t, m);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
