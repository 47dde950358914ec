package app.cinesync.core.app;

import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.db.Database;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.RecommenderCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The wiring of the domain over its {@link Storage} (one database, or fakes in tests): repositories,
 * the per-container catalog and model caches, and the command services. Built once per container (Lambda) or per process (local server).
 */
public final class CineSync {
    /** How long a catalog snapshot (films, vectors, rating counters) is reused. */
    public static final Duration CATALOG_TTL = Duration.ofSeconds(60);

    private final Optional<Database> db;
    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final PreferenceRepository preferences;
    private final CatalogCache catalog;
    private final RecommenderCache models;
    private final FeedbackRepository feedback;
    private final Clock clock;

    /** Over PostgreSQL. */
    public CineSync(Database db, Clock clock) {
        this(Optional.of(db), Storage.on(db, clock), clock);
    }

    /** Over any storage (fakes in unit tests): there is no database then. */
    public CineSync(Storage storage, Clock clock) {
        this(Optional.empty(), storage, clock);
    }

    private CineSync(Optional<Database> db, Storage storage, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.movies = storage.movies();
        this.ratings = storage.ratings();
        this.preferences = storage.preferences();
        this.catalog = new CatalogCache(storage.catalog(), clock, CATALOG_TTL);
        this.models = new RecommenderCache(storage.models(), clock, CATALOG_TTL);
        this.feedback = storage.feedback();
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

    /** The database under the storage, whose connections a snapshot closes; empty over fakes. */
    public Optional<Database> database() {
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
