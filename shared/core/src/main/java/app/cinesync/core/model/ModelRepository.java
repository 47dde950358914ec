package app.cinesync.core.model;

import java.util.List;
import java.util.Optional;

/** Trained collaborative models, and the ratings a training run learns from. */
public interface ModelRepository {
    /** Saves the model as the new active version (the previous is retired in the same transaction). */
    EaseModel saveAndActivate(EaseModel model, double trainSeconds);

    /** The active model's version, without loading it (a cheap check for caches). */
    Optional<Long> activeVersion();

    /** The active model, if one was ever trained. */
    Optional<EaseModel> active();

    /** Every stored rating (all sources), oldest first. */
    List<Observation> allRatings();
}
