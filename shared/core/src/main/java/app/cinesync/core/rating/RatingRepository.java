package app.cinesync.core.rating;

import app.cinesync.core.embedding.SparseVector;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ratings and the embeddings learned from them. */
public interface RatingRepository {
    /**
     * In one transaction: stores (or replaces) the rating, keeps the film's rating count and sum
     * in step, and applies the rating to the member's embedding (creating it on the first
     * rating). Concurrent ratings by the same member are serialized on their embedding row, so
     * none is lost and every one is applied exactly once.
     *
     * @param interactionId the Discord interaction this rating came from, or null (import,
     *                      tests); a second call with the same id changes nothing and reports
     *                      {@link RateOutcome#duplicate()}
     */
    RateOutcome rate(long userId, long movieId, Stars stars, Instant at, SparseVector itemVector, Long interactionId);

    /** The member's ratings, newest first. */
    List<Rating> ratingsOf(long userId);

    Optional<UserEmbedding> embedding(long userId);

    /**
     * For each film the member rated that at least {@code minOtherMembers} other members rated
     * too: those members' mean stars (imported community ratings included). Films with fewer
     * are left out, so that no mean handed out stands for fewer people than that.
     */
    Map<Long, Double> othersMeans(long userId, int minOtherMembers);

    /**
     * Forgets which interactions were applied before {@code cutoff}; a retry or redelivery older
     * than a day cannot happen (interaction tokens live 15 minutes). Returns how many were forgotten.
     */
    int forgetAppliedInteractionsBefore(Instant cutoff);

    /** When the member last rated, if ever. */
    Optional<Instant> lastRatedAt(long userId);

    /** Whether anyone but this member has rated anything (imported community members included). */
    boolean othersRated(long userId);
}
