/**
 * Recommendation: an in-memory snapshot of the catalog (films, vectors, rating counters) cached
 * per container, the popularity base model, and personal re-ranking that blends the member's
 * similarity to each film with the base score.
 */
package app.cinesync.core.recommend;
