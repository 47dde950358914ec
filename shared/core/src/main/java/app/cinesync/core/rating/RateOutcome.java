package app.cinesync.core.rating;

/**
 * What storing a rating changed.
 *
 * @param previous     the member's earlier rating of the film, or null if this is the first
 * @param ratingCount  how many films the member has rated now
 * @param updateCount  how many ratings their embedding has learned from now
 * @param duplicate    the interaction had been applied before; nothing changed this time
 */
public record RateOutcome(Stars previous, int ratingCount, long updateCount, boolean duplicate) {
}
