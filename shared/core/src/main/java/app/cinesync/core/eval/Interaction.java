package app.cinesync.core.eval;

import java.util.Comparator;

/**
 * One MovieLens rating row: {@code userId,movieId,rating,timestamp} (unix seconds).
 */
public record Interaction(long userId, long movieId, double rating, long timestamp) {
    /** Replay order: by timestamp, then user, then film, so equal times are deterministic. */
    public static final Comparator<Interaction> REPLAY_ORDER = Comparator.comparingLong(Interaction::timestamp)
            .thenComparingLong(Interaction::userId).thenComparingLong(Interaction::movieId);

    /** A user's own order for temporal splits: by (timestamp, movieId), as the README's splits were made. */
    public static final Comparator<Interaction> USER_TIME_ORDER = Comparator.comparingLong(Interaction::timestamp)
            .thenComparingLong(Interaction::movieId);
}
