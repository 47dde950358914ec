package app.cinesync.core.testing;

import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.PreferenceRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link PreferenceRepository} in memory, as {@code JdbcPreferenceRepository}: a profile never replaces one made from newer ratings. */
public final class InMemoryPreferences implements PreferenceRepository {
    private final InMemoryStorage db;
    private final Map<Long, PreferenceProfile> profiles = new HashMap<>();

    InMemoryPreferences(InMemoryStorage db) {
        this.db = db;
    }

    @Override
    public void save(PreferenceProfile profile) {
        db.reach();
        synchronized (db.lock) {
            PreferenceProfile stored = profiles.get(profile.userId());
            if (stored == null || stored.lastRatingAt() == null || profile.lastRatingAt() == null
                    || !stored.lastRatingAt().isAfter(profile.lastRatingAt())) {
                profiles.put(profile.userId(), profile);
            }
        }
    }

    @Override
    public Optional<PreferenceProfile> find(long userId) {
        db.reach();
        synchronized (db.lock) {
            return Optional.ofNullable(profiles.get(userId));
        }
    }
}
