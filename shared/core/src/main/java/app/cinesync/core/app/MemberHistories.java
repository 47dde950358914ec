package app.cinesync.core.app;

import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.MemberHistory;
import java.util.stream.Collectors;

/** A member's {@link MemberHistory} as stored: their ratings and their "Not for me" films. */
final class MemberHistories {
    private MemberHistories() {
    }

    static MemberHistory load(RatingRepository ratings, FeedbackRepository feedback, long userId) {
        return MemberHistory.of(
                ratings.ratingsOf(userId).stream().map(r -> new MemberHistory.Rated(r.movieId(), r.stars().value(), r.ratedAt())).toList(),
                feedback.dismissals(userId).stream().map(FeedbackRepository.Dismissal::movieId).collect(Collectors.toSet()));
    }
}
