package app.cinesync.core.recommend;

import java.time.Clock;
import java.time.Duration;

/**
 * One {@link CatalogSnapshot} per container, reloaded when older than the time to live (rating
 * counters drift slowly; a film imported meanwhile appears within the TTL). Thread-safe.
 */
public final class CatalogCache {
    private final CatalogReader loader;
    private final Clock clock;
    private final Duration ttl;
    private volatile CatalogSnapshot current;

    public CatalogCache(CatalogReader loader, Clock clock, Duration ttl) {
        this.loader = loader;
        this.clock = clock;
        this.ttl = ttl;
    }

    public CatalogSnapshot get() {
        CatalogSnapshot s = current;
        if (s == null || s.loadedAt().plus(ttl).isBefore(clock.instant())) {
            synchronized (this) {
                s = current;
                if (s == null || s.loadedAt().plus(ttl).isBefore(clock.instant())) {
                    s = loader.load();
                    current = s;
                }
            }
        }
        return s;
    }
}
