package app.cinesync.core.embedding;

/** Factories of {@link Similarity}. */
public final class Similarities {
    private Similarities() {
    }

    /**
     * Cosine similarity {@code u·v / (|u| |v|)}, in [-1, 1]; 0 when the member's embedding is
     * zero (they have no ratings yet). Item vectors are stored with length 1 (or 0 for a film
     * with no metadata), so only the member's norm divides.
     */
    public static Similarity cosine() {
        return (user, userNorm, item) -> userNorm == 0f ? 0f : item.dot(user) / userNorm;
    }
}
