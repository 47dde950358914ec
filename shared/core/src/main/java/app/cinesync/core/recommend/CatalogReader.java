package app.cinesync.core.recommend;

/** Where catalog snapshots come from: every film with its content vector and rating counters, read at once. */
@FunctionalInterface
public interface CatalogReader {
    CatalogSnapshot load();

    /** Whether anyone has rated anything yet; cheap, unlike {@link #load()}. */
    default boolean anyRatings() {
        return load().totalRatings() > 0;
    }
}
