package app.cinesync.core.model;

import app.cinesync.core.recommend.CatalogSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The active collaborative model, loaded once per container and reloaded when a newer version
 * is activated (checked with one cheap query at most every {@code checkEvery}), and the
 * {@link HybridScorer} over the current catalog snapshot, rebuilt only when either changes.
 * Thread-safe.
 */
public final class ModelCache {
    private final JdbcModelRepository repository;
    private final Clock clock;
    private final Duration checkEvery;
    private EaseModel model;
    private Instant checkedAt = Instant.MIN;
    private HybridScorer scorer;
    private CatalogSnapshot scoredCatalog;

    public ModelCache(JdbcModelRepository repository, Clock clock, Duration checkEvery) {
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

    /** A scorer of the active model over {@code catalog}, if a model has been trained. */
    public synchronized Optional<HybridScorer> scorer(CatalogSnapshot catalog) {
        Optional<EaseModel> current = model();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (scorer == null || scorer.model() != current.get() || scoredCatalog != catalog) {
            scorer = HybridScorer.of(current.get(), HybridParams.DEFAULT, catalog);
            scoredCatalog = catalog;
        }
        return Optional.of(scorer);
    }

    public JdbcModelRepository repository() {
        return repository;
    }
}
