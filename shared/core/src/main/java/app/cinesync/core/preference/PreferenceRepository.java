package app.cinesync.core.preference;

import java.util.Optional;

/** Stored taste profiles. */
public interface PreferenceRepository {
    /** Stores the profile unless a newer one (by lastRatingAt) is already stored; duplicates are harmless. */
    void save(PreferenceProfile profile);

    Optional<PreferenceProfile> find(long userId);
}
