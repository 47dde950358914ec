package app.cinesync.core.app;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.db.Database;
import app.cinesync.core.model.JdbcModelRepository;
import app.cinesync.core.model.ModelRepository;
import app.cinesync.core.preference.JdbcPreferenceRepository;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.CatalogReader;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.JdbcCatalogReader;
import app.cinesync.core.recommend.JdbcFeedbackRepository;
import java.time.Clock;
import java.util.Objects;

/**
 * Every storage the commands use, each behind its interface (docs/ARCHITECTURE.md lists which one
 * writes which table). {@link #on(Database, Clock)} is PostgreSQL; tests may give fakes that
 * behave and fail as these do.
 */
public record Storage(MovieRepository movies, RatingRepository ratings, PreferenceRepository preferences,
                      FeedbackRepository feedback, ModelRepository models, CatalogReader catalog) {
    public Storage {
        Objects.requireNonNull(movies, "movies");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** The PostgreSQL repositories over {@code db}. */
    public static Storage on(Database db, Clock clock) {
        return new Storage(new JdbcMovieRepository(db), new JdbcRatingRepository(db), new JdbcPreferenceRepository(db),
                new JdbcFeedbackRepository(db), new JdbcModelRepository(db), new JdbcCatalogReader(db, clock));
    }
}
