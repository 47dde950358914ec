package app.cinesync.core.recommend;

import java.time.Instant;
import java.util.List;

/** "Not for me" on recommended films. */
public interface FeedbackRepository {
    /** A film the member waved away, and when. */
    record Dismissal(long movieId, Instant at) {
    }

    /** Records the dismissal; doing it twice changes nothing. */
    void dismiss(long userId, long movieId, Instant at);

    /** The member's dismissals, oldest first. */
    List<Dismissal> dismissals(long userId);
}
