package app.cinesync.core.preference;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Made under the rules in force: the rating behaviour under the privacy rule, and every
     * favourite one that {@link PreferenceAnalyzer#isFavourite} admits (profiles stored before it
     * can list values rated at a low average, which are therefore recomputed).
     */
    public boolean underCurrentRules() {
        return behavior.underCurrentRule() && Stream.of(genres, directors, actors, decades)
                .flatMap(List::stream).allMatch(a -> PreferenceAnalyzer.isFavourite(a.score(), a.meanRating()));
    }
}
