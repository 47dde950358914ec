package app.cinesync.core.rating;

/**
 * What storing a rating changed.
 *
 * @param previous     the member's earlier rating of the film, or null if this is the first
 *                     (null for a duplicate: nothing was replaced)
 * @param standing     the member's rating of the film once the call is done: the new one, or for
 *                     a duplicate whatever stood already (null when they have none)
 * @param ratingCount  how many films the member has rated now
 * @param updateCount  how many ratings their embedding has learned from now
 * @param duplicate    the interaction had been applied before; nothing changed this time
 */
public record RateOutcome(Stars previous, Stars standing, int ratingCount, long updateCount, boolean duplicate) {
    /** The rating was stored (replacing {@code previous}, if any). */
    public static RateOutcome applied(Stars previous, Stars stars, int ratingCount, long updateCount) {
        return new RateOutcome(previous, stars, ratingCount, updateCount, false);
    }

    /** The interaction had been applied before: nothing changed; {@code standing} is what stands now. */
    public static RateOutcome alreadyApplied(Stars standing, int ratingCount, long updateCount) {
        return new RateOutcome(null, standing, ratingCount, updateCount, true);
    }
}
