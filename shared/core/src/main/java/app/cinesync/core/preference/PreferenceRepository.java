package app.cinesync.core.preference;

import app.cinesync.core.recommend.Blend;
import java.util.Optional;

/** Stored taste profiles and per-member blend weights. */
public interface PreferenceRepository {
    /** Stores the profile unless a newer one (by lastRatingAt) is already stored; duplicates are harmless. */
    void save(PreferenceProfile profile);

    Optional<PreferenceProfile> find(long userId);

    /** Stores the blend unless one fitted on more ratings is already stored (a late duplicate delivery). */
    void saveBlend(long userId, Blend blend, int fittedOn);

    Optional<Blend> blend(long userId);
}
