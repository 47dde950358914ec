package app.cinesync.core.app;

import app.cinesync.core.model.Rated;
import app.cinesync.core.rating.Rating;
import app.cinesync.core.recommend.FeedbackRepository.Dismissal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A member's ratings and "Not for me" dismissals as one history, oldest first, the way the
 * hybrid's member state and the blend fitters replay it. A dismissal counts as a rating of
 * {@link #NOT_FOR_ME} stars: it excludes the film and is a negative example, and in the
 * collaborative state it carries no weight (the rating weight is 0 below 2 stars).
 */
public final class MemberHistory {
    public static final double NOT_FOR_ME = 0.5;

    private MemberHistory() {
    }

    private record Event(long movieId, double stars, Instant at) {
    }

    /** @param newestFirst the member's ratings as {@code RatingRepository.ratingsOf} returns them */
    public static List<Rated> oldestFirst(List<Rating> newestFirst, List<Dismissal> dismissals) {
        List<Event> events = new ArrayList<>(newestFirst.size() + dismissals.size());
        newestFirst.forEach(r -> events.add(new Event(r.movieId(), r.stars().value(), r.ratedAt())));
        dismissals.forEach(d -> events.add(new Event(d.movieId(), NOT_FOR_ME, d.at())));
        events.sort(Comparator.comparing(Event::at).thenComparingLong(Event::movieId));
        return events.stream().map(e -> new Rated(e.movieId(), e.stars())).toList();
    }
}
