package app.cinesync.core.recommend;

import java.time.Clock;
import java.time.Duration;

/**
 * One {@link CatalogSnapshot} per container, reloaded when older than the time to live (rating
 * counters drift slowly; a film imported meanwhile appears within the TTL), or as soon as the first
 * rating exists when it holds none: on a fresh install the second member must not be told that
 * nobody has rated yet, nor get the catalog's own order, because the first rated a minute ago.
 * Thread-safe.
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
        if (stale(s)) {
            synchronized (this) {
                s = current;
                if (stale(s)) {
                    s = loader.load();
                    current = s;
                }
            }
        }
        return s;
    }

    private boolean stale(CatalogSnapshot s) {
        return s == null || s.loadedAt().plus(ttl).isBefore(clock.instant()) || s.totalRatings() == 0 && loader.anyRatings();
    }
}
