package app.cinesync.core.catalog;

import app.cinesync.core.db.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports a MovieLens-format catalog: {@code movies.csv} (movieId,title,genres) with optional
 * {@code links.csv} (movieId,imdbId,tmdbId), {@code tags.csv} (userId,movieId,tag,timestamp:
 * each film keeps its ten most used tags), a credits file (movieId,directors,cast, lists
 * separated by {@code |}) and {@code ratings.csv} (userId,movieId,rating,timestamp; stored with
 * source {@code import}, feeding the community base model). Films merge with those already
 * stored (by MovieLens id, else by title and year). Everything happens in one transaction;
 * bad rows are rejected with their reason and the rest is loaded.
 */
public final class MovieLensImporter {

    /** The files to read; all but movies may be null. */
    public record Sources(Path movies, Path links, Path tags, Path credits, Path ratings) {
    }

    private MovieLensImporter() {
    }

    public static ImportReport importFiles(Database db, Sources files) {
        ImportReport report = new ImportReport();
        Map<Long, String[]> links = files.links() == null ? Map.of() : links(files.links(), report);
        Map<Long, List<String>> tags = files.tags() == null ? Map.of() : tags(files.tags(), report);
        Map<Long, String[]> credits = files.credits() == null ? Map.of() : credits(files.credits(), report);
        Map<Long, Movie> movies = movies(files.movies(), links, tags, credits, report);
        db.inTransaction(c -> {
            Map<Long, Long> ids = new HashMap<>();
            for (Map.Entry<Long, Movie> e : movies.entrySet()) {
                ids.put(e.getKey(), JdbcMovieRepository.upsert(c, underKnownTitle(c, e.getValue())));
            }
            if (files.ratings() != null) {
                int n = 0;
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO ratings (discord_user_id, movie_id, rating, source, rated_at) VALUES (?, ?, ?, 'import', ?)
                        ON CONFLICT (discord_user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = EXCLUDED.rated_at""")) {
                    for (Csv.Row row : rows(files.ratings())) {
                        try {
                            long user = Long.parseLong(row.get(0).strip());
                            Long movie = ids.get(Long.parseLong(row.get(1).strip()));
                            if (movie == null) {
                                report.reject(name(files.ratings()), row.line(), "movieId " + row.get(1) + " is not in the catalog");
                                continue;
                            }
                            double stars = Double.parseDouble(row.get(2).strip());
                            if (stars < 0.5 || stars > 5 || stars * 2 != Math.rint(stars * 2)) {
                                report.reject(name(files.ratings()), row.line(), "rating " + row.get(2) + " is not 0.5 to 5 in half steps");
                                continue;
                            }
                            ps.setLong(1, user);
                            ps.setLong(2, movie);
                            ps.setBigDecimal(3, BigDecimal.valueOf(stars));
                            ps.setTimestamp(4, Timestamp.from(Instant.ofEpochSecond(Long.parseLong(row.get(3).strip()))));
                            ps.addBatch();
                            if (++n % 5000 == 0) {
                                ps.executeBatch();
                            }
                        } catch (NumberFormatException e) {
                            report.reject(name(files.ratings()), row.line(), "not a number: " + e.getMessage());
                        }
                    }
                    ps.executeBatch();
                }
                report.loaded(name(files.ratings()), n);
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("""
                            UPDATE movies m SET rating_count = s.n, rating_sum = s.total
                            FROM (SELECT movie_id, count(r.rating) AS n, coalesce(sum(r.rating), 0) AS total
                                  FROM movies LEFT JOIN ratings r USING (movie_id) GROUP BY movie_id) s
                            WHERE m.movie_id = s.movie_id AND (m.rating_count, m.rating_sum) IS DISTINCT FROM (s.n, s.total)""");
                }
            }
            return null;
        });
        report.loaded(name(files.movies()), movies.size());
        return report;
    }

    /**
     * "Spirited Away (Sen to Chihiro no kamikakushi)" is the catalog's "Spirited Away" of the same
     * year: when only the title without its alternate is known, the film takes that title, so the
     * two merge instead of appearing twice.
     */
    private static Movie underKnownTitle(java.sql.Connection c, Movie m) throws java.sql.SQLException {
        String primary = new MovieLensTitle(m.title(), m.year()).primary();
        if (primary.equals(m.title()) || JdbcMovieRepository.idByTitle(c, m.title(), m.year()) != null
                || JdbcMovieRepository.idByTitle(c, primary, m.year()) == null) {
            return m;
        }
        return new Movie(m.id(), primary, m.year(), m.genres(), m.directors(), m.cast(), m.tags(), m.imdbId(), m.tmdbId(), m.movielensId());
    }

    private static Map<Long, Movie> movies(Path file, Map<Long, String[]> links, Map<Long, List<String>> tags,
                                           Map<Long, String[]> credits, ImportReport report) {
        Map<Long, Movie> out = new LinkedHashMap<>();
        for (Csv.Row row : rows(file)) {
            try {
                long id = Long.parseLong(row.get(0).strip());
                MovieLensTitle parsed = MovieLensTitle.parse(row.get(1));
                String title = parsed.title();
                Integer year = parsed.year();
                List<String> genres = Csv.list(row.get(2)).stream().filter(g -> !g.startsWith("(")).toList();
                String[] link = links.getOrDefault(id, new String[2]);
                String[] credit = credits.getOrDefault(id, new String[2]);
                Long tmdb = link[1] == null || link[1].isBlank() ? null : Long.valueOf(link[1].strip());
                out.put(id, new Movie(0, title, year, genres, Csv.list(credit[0]), Csv.list(credit[1]),
                        tags.getOrDefault(id, List.of()), link[0], tmdb, id));
            } catch (RuntimeException e) {
                report.reject(name(file), row.line(), e.getMessage());
            }
        }
        return out;
    }

    private static Map<Long, String[]> links(Path file, ImportReport report) {
        Map<Long, String[]> out = new HashMap<>();
        int n = 0;
        for (Csv.Row row : rows(file)) {
            try {
                String imdb = row.get(1).strip().isEmpty() ? null : String.format("tt%07d", Long.parseLong(row.get(1).strip()));
                out.put(Long.parseLong(row.get(0).strip()), new String[] {imdb, row.get(2).strip()});
                n++;
            } catch (NumberFormatException e) {
                report.reject(name(file), row.line(), "not a number: " + e.getMessage());
            }
        }
        report.loaded(name(file), n);
        return out;
    }

    private static Map<Long, List<String>> tags(Path file, ImportReport report) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        int n = 0;
        for (Csv.Row row : rows(file)) {
            try {
                String tag = row.get(2).strip().toLowerCase(java.util.Locale.ROOT);
                if (tag.isEmpty() || tag.length() > 60) {
                    report.reject(name(file), row.line(), "tag is empty or longer than 60 characters");
                    continue;
                }
                counts.computeIfAbsent(Long.parseLong(row.get(1).strip()), k -> new HashMap<>()).merge(tag, 1, Integer::sum);
                n++;
            } catch (NumberFormatException e) {
                report.reject(name(file), row.line(), "not a number: " + e.getMessage());
            }
        }
        report.loaded(name(file), n);
        Map<Long, List<String>> out = new HashMap<>();
        counts.forEach((movie, c) -> out.put(movie, c.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(Map.Entry::getKey).collect(Collectors.toList())));
        return out;
    }

    private static Map<Long, String[]> credits(Path file, ImportReport report) {
        Map<Long, String[]> out = new HashMap<>();
        int n = 0;
        for (Csv.Row row : rows(file)) {
            try {
                out.put(Long.parseLong(row.get(0).strip()), new String[] {row.get(1), row.get(2)});
                n++;
            } catch (NumberFormatException e) {
                report.reject(name(file), row.line(), "not a number: " + e.getMessage());
            }
        }
        report.loaded(name(file), n);
        return out;
    }

    /** Data rows (the header skipped) of a UTF-8 CSV file. */
    private static List<Csv.Row> rows(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Csv.Row> out = new ArrayList<>();
            boolean header = true;
            for (Csv.Row row : new Csv(r)) {
                if (header) {
                    header = false;
                } else if (!(row.fields().size() == 1 && row.get(0).isBlank())) {
                    out.add(row);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
