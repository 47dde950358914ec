package app.cinesync.core.recommend;

import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.ModelRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The active collaborative model, loaded once per container and reloaded when a newer version
 * is activated (checked with one cheap query at most every {@code checkEvery}), and the
 * {@link Recommender} over it and the current catalog snapshot, rebuilt only when either changes.
 * Thread-safe.
 */
public final class RecommenderCache {
    private final ModelRepository repository;
    private final Clock clock;
    private final Duration checkEvery;
    private EaseModel model;
    private Instant checkedAt = Instant.MIN;
    private Recommender recommender;
    private QuickRate quickRate;

    public RecommenderCache(ModelRepository repository, Clock clock, Duration checkEvery) {
        this.repository = repository;
        this.clock = clock;
        this.checkEvery = checkEvery;
    }

    /** The active model, if one has been trained. */
    public synchronized Optional<EaseModel> model() {
        Instant now = clock.instant();
        if (checkedAt.plus(checkEvery).isBefore(now)) {
            Optional<Long> active = repository.activeVersion();
            if (active.isEmpty()) {
                model = null;
            } else if (model == null || model.version() != active.get()) {
                model = repository.active().orElse(null);
            }
            checkedAt = now;
        }
        return Optional.ofNullable(model);
    }

    /** The ranking over {@code catalog} with the active model, or an empty one before the first training. */
    public synchronized Recommender recommender(CatalogSnapshot catalog) {
        EaseModel current = model().orElse(EaseModel.EMPTY);
        if (recommender == null || recommender.model() != current || recommender.catalog() != catalog) {
            recommender = new Recommender(catalog, current, RankingConfig.DEFAULT);
            quickRate = null;
        }
        return recommender;
    }

    /** The onboarding set over the same ranking. */
    public synchronized QuickRate quickRate(CatalogSnapshot catalog) {
        Recommender r = recommender(catalog);
        if (quickRate == null) {
            quickRate = new QuickRate(r);
        }
        return quickRate;
    }
}
