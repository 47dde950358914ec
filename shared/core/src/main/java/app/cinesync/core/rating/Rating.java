package app.cinesync.core.rating;

import java.time.Instant;

/** One member's rating of one film. */
public record Rating(long userId, long movieId, Stars stars, Instant ratedAt) {
}
