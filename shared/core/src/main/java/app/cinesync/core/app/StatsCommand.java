package app.cinesync.core.app;

import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.Message;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /my_stats}: the stored profile when it has seen the member's newest rating and was made
 * under the privacy and favourite rules in force, otherwise computed here and now (the queue may be behind, or
 * down), so it is never older than the member's last rating nor shows what the rule withholds.
 */
public final class StatsCommand {
    private final RatingRepository ratings;
    private final PreferenceRepository preferences;
    private final ProfileRefresher refresher;

    StatsCommand(RatingRepository ratings, PreferenceRepository preferences, ProfileRefresher refresher) {
        this.ratings = ratings;
        this.preferences = preferences;
        this.refresher = refresher;
    }

    public Message handle(MemberInteraction in) {
        Replies replies = Replies.in(in.language());
        Optional<Instant> last = ratings.lastRatedAt(in.memberId());
        if (last.isEmpty()) {
            return replies.noRatingsYet();
        }
        PreferenceProfile profile = preferences.find(in.memberId())
                .filter(p -> p.lastRatingAt() != null && !p.lastRatingAt().isBefore(last.get()))
                .filter(PreferenceProfile::underCurrentRules)
                .orElseGet(() -> refresher.refresh(in.memberId()));
        return replies.stats(profile, in.memberName());
    }
}
