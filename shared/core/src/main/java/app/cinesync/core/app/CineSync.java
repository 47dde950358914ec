package app.cinesync.core.app;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.db.Database;
import app.cinesync.core.model.JdbcModelRepository;
import app.cinesync.core.preference.JdbcPreferenceRepository;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.JdbcFeedbackRepository;
import app.cinesync.core.recommend.JdbcCatalogReader;
import app.cinesync.core.recommend.RecommenderCache;
import java.time.Clock;
import java.time.Duration;

/**
 * The wiring of the domain over one database: repositories, the per-container catalog and model
 * caches, and the command services. Built once per container (Lambda) or per process (local server).
 */
public final class CineSync {
    /** How long a catalog snapshot (films, vectors, rating counters) is reused. */
    public static final Duration CATALOG_TTL = Duration.ofSeconds(60);

    private final Database db;
    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final PreferenceRepository preferences;
    private final CatalogCache catalog;
    private final RecommenderCache models;
    private final FeedbackRepository feedback;
    private final Clock clock;

    public CineSync(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.movies = new JdbcMovieRepository(db);
        this.ratings = new JdbcRatingRepository(db);
        this.preferences = new JdbcPreferenceRepository(db);
        this.catalog = new CatalogCache(() -> JdbcCatalogReader.load(db, clock), clock, CATALOG_TTL);
        this.models = new RecommenderCache(new JdbcModelRepository(db), clock, CATALOG_TTL);
        this.feedback = new JdbcFeedbackRepository(db);
    }

    public RateCommand rateCommand(ProfileQueue queue) {
        return new RateCommand(movies, ratings, catalog, queue, clock);
    }

    public QuickRateCommand quickRateCommand(ProfileQueue queue) {
        return new QuickRateCommand(rateCommand(queue), movies, ratings, feedback, catalog, models, clock);
    }

    public RecommendCommand recommendCommand() {
        return new RecommendCommand(ratings, catalog, models, feedback, clock);
    }

    public ProfileRefresher profileRefresher() {
        return new ProfileRefresher(movies, ratings, preferences, catalog, clock);
    }

    public StatsCommand statsCommand() {
        return new StatsCommand(ratings, preferences, profileRefresher());
    }

    public TitleAutocomplete autocomplete() {
        return new TitleAutocomplete(movies, ratings, feedback, catalog, models);
    }

    public Database database() {
        return db;
    }

    public MovieRepository movies() {
        return movies;
    }

    public RatingRepository ratings() {
        return ratings;
    }

    public PreferenceRepository preferences() {
        return preferences;
    }

    public CatalogCache catalog() {
        return catalog;
    }

    public RecommenderCache models() {
        return models;
    }
}
