package app.cinesync.core.preference;

import java.time.Instant;
import java.util.List;

/**
 * A member's taste profile.
 *
 * @param diversity      1 minus the mean pairwise cosine similarity of the rated films'
 *                       content vectors, clamped to [0, 1]; null with fewer than 2 ratings
 * @param lastRatingAt   the newest rating this profile saw (for staleness checks)
 */
public record PreferenceProfile(long userId, List<Affinity> genres, List<Affinity> directors, List<Affinity> actors,
                                List<Affinity> decades, RatingBehavior behavior, Double diversity, int ratingsAnalyzed,
                                Instant lastRatingAt, Instant computedAt) {
    public PreferenceProfile {
        genres = List.copyOf(genres);
        directors = List.copyOf(directors);
        actors = List.copyOf(actors);
        decades = List.copyOf(decades);
    }
}
