package app.cinesync.core.catalog;

import app.cinesync.core.db.Database;
import app.cinesync.core.rating.JdbcRatingRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports MovieLens-format files ({@link MovieLensFiles}): the films, and optionally ratings
 * (stored through {@link JdbcRatingRepository.Import}: community ratings that the popularity and the
 * collaborative model learn from). Each film merges with the one already stored that is the same
 * film: of the same MovieLens id, else of the same IMDb id (keeping the title and year the catalog
 * has: the bundle's "Se7en (1995)", not "Seven (a.k.a. Se7en)"), else of the same title and year,
 * else of one of its other names and that year ({@link MovieLensTitle#otherNames()}); never one with
 * another IMDb id. The names it goes by in the file and is not shown under are kept as its other
 * names, so that /rate finds it by them ("Seven" finds "Se7en"). Films stored before the bundled catalog had IMDb ids first get them, so that they
 * merge by id too. Everything happens in one transaction; bad rows are rejected with their reason
 * and the rest is loaded.
 */
public final class MovieLensImporter {
    private MovieLensImporter() {
    }

    public static ImportReport importFiles(Database db, MovieLensFiles.Sources files) {
        ImportReport report = new ImportReport();
        Map<Long, Integer> lines = new HashMap<>();
        Map<Long, Movie> movies = MovieLensFiles.movies(files, report, lines);
        String moviesFile = MovieLensFiles.name(files.movies());
        db.inTransaction(c -> {
            JdbcMovieRepository.addMissingImdbIds(c, BundledCatalog.load());
            Map<Long, Long> ids = new HashMap<>();
            for (Map.Entry<Long, Movie> e : movies.entrySet()) {
                try {
                    Movie film = e.getValue();
                    long id = JdbcMovieRepository.upsert(c, asKnown(c, film.withId(0)));
                    JdbcMovieRepository.addTitles(c, id, names(film));
                    ids.put(e.getKey(), id);
                } catch (TitleTakenException taken) {
                    report.refuse(moviesFile, lines.get(e.getKey()), taken.getMessage());
                }
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
     * The film under the title and year the catalog knows it by, so that the two merge instead of
     * appearing twice: the film stored with its IMDb id gives its title and year; a film not stored
     * under its own title takes the first of its other names under which the catalog has a film of
     * that year that may be it ("Spirited Away" for "Spirited Away (Sen to Chihiro no kamikakushi)").
     */
    private static Movie asKnown(Connection c, Movie m) throws SQLException {
        Optional<Movie> sameId = JdbcMovieRepository.byImdbId(c, m.imdbId());
        if (sameId.isPresent()) {
            return m.named(sameId.get().title(), sameId.get().year());
        }
        if (JdbcMovieRepository.byTitle(c, m.title(), m.year()).isPresent()) {
            return m;
        }
        for (String name : new MovieLensTitle(m.title(), m.year()).otherNames()) {
            Optional<Movie> known = JdbcMovieRepository.byTitle(c, name, m.year());
            if (known.isPresent() && mayBe(known.get(), m)) {
                return m.named(known.get().title(), m.year());
            }
        }
        return m;
    }

    /**
     * The names a member may type for this film: its title in the file and the names in that
     * title's parentheses. Those the catalog does not show it under are kept as its other names.
     */
    private static List<String> names(Movie film) {
        List<String> names = new ArrayList<>();
        names.add(film.title());
        names.addAll(new MovieLensTitle(film.title(), film.year()).otherNames());
        return names;
    }

    /** Not when the stored film has another IMDb id, or came from MovieLens under another movieId. */
    private static boolean mayBe(Movie stored, Movie m) {
        return stored.mayBe(m) && (stored.movielensId() == null || stored.movielensId().equals(m.movielensId()));
    }
}
