package app.cinesync.core.recommend;

import java.time.Instant;
import java.util.List;

/** What members tell us about films besides ratings: "Not for me" on recommendations, "haven't seen it" in the quick-rate set. */
public interface FeedbackRepository {
    /** A film the member waved away, and when. */
    record Dismissal(long movieId, Instant at) {
    }

    /** Records the dismissal; doing it twice changes nothing. */
    void dismiss(long userId, long movieId, Instant at);

    /** The member's dismissals, oldest first. */
    List<Dismissal> dismissals(long userId);

    /** Records that the member has not seen the film (quick-rate); doing it twice changes nothing. */
    void skip(long userId, long movieId, Instant at);

    /** The films the member said they have not seen. */
    java.util.Set<Long> skipped(long userId);
}
