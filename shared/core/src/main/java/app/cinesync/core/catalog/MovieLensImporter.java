package app.cinesync.core.catalog;

import app.cinesync.core.db.Database;
import app.cinesync.core.rating.JdbcRatingRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Imports MovieLens-format files ({@link MovieLensFiles}): the films, and optionally ratings
 * (stored through {@link JdbcRatingRepository.Import}: community ratings that the popularity and the
 * collaborative model learn from). Films merge with those already stored (by MovieLens id, else by title and
 * year). Everything happens in one transaction; bad rows are rejected with their reason and the
 * rest is loaded.
 */
public final class MovieLensImporter {
    private MovieLensImporter() {
    }

    public static ImportReport importFiles(Database db, MovieLensFiles.Sources files) {
        ImportReport report = new ImportReport();
        Map<Long, Movie> movies = MovieLensFiles.movies(files, report);
        db.inTransaction(c -> {
            Map<Long, Long> ids = new HashMap<>();
            for (Map.Entry<Long, Movie> e : movies.entrySet()) {
                ids.put(e.getKey(), JdbcMovieRepository.upsert(c, underKnownTitle(c, e.getValue().withId(0))));
            }
            if (files.ratings() != null) {
                insertRatings(c, files.ratings(), ids, report);
            }
            return null;
        });
        return report;
    }

    private static void insertRatings(Connection c, Path file, Map<Long, Long> ids, ImportReport report) throws SQLException {
        try (JdbcRatingRepository.Import ratings = new JdbcRatingRepository.Import(c)) {
            MovieLensFiles.ratings(file, report, r -> {
                Long movie = ids.get(r.movieId());
                if (movie == null) {
                    throw new IllegalArgumentException("movieId " + r.movieId() + " is not in the catalog");
                }
                try {
                    ratings.add(r.userId(), movie, r.stars(), Instant.ofEpochSecond(r.timestamp()));
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            });
            ratings.finish();
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
    }

    /** A database failure while streaming rows: never a rejected row, always the end of the import. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /**
     * "Spirited Away (Sen to Chihiro no kamikakushi)" is the catalog's "Spirited Away" of the same
     * year: when only the title without its alternate is known, the film takes that title, so the
     * two merge instead of appearing twice.
     */
    private static Movie underKnownTitle(Connection c, Movie m) throws SQLException {
        String primary = new MovieLensTitle(m.title(), m.year()).primary();
        if (primary.equals(m.title()) || JdbcMovieRepository.idByTitle(c, m.title(), m.year()) != null
                || JdbcMovieRepository.idByTitle(c, primary, m.year()) == null) {
            return m;
        }
        return new Movie(m.id(), primary, m.year(), m.genres(), m.directors(), m.cast(), m.tags(), m.imdbId(), m.tmdbId(), m.movielensId());
    }
}
