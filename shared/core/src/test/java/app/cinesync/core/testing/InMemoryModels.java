package app.cinesync.core.testing;

import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.ModelRepository;
import app.cinesync.core.model.Observation;
import app.cinesync.core.rating.Rating;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ModelRepository} in memory: no model until one is saved, then the newest is active, with versions 1, 2, ... */
public final class InMemoryModels implements ModelRepository {
    private final InMemoryStorage db;
    private EaseModel active;

    InMemoryModels(InMemoryStorage db) {
        this.db = db;
    }

    @Override
    public EaseModel saveAndActivate(EaseModel model, double trainSeconds) {
        db.reach();
        synchronized (db.lock) {
            active = model.withVersion(active == null ? 1 : active.version() + 1);
            return active;
        }
    }

    @Override
    public Optional<Long> activeVersion() {
        return active().map(EaseModel::version);
    }

    @Override
    public Optional<EaseModel> active() {
        db.reach();
        synchronized (db.lock) {
            return Optional.ofNullable(active);
        }
    }

    @Override
    public List<Observation> allRatings() {
        db.reach();
        return db.ratings.all().stream().sorted(Comparator.comparing(Rating::ratedAt))
                .map(r -> new Observation(r.userId(), r.movieId(), r.stars().value(), r.ratedAt().getEpochSecond())).toList();
    }
}
