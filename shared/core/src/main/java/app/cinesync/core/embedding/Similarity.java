package app.cinesync.core.embedding;

/** How alike a member's embedding and a film's vector are. */
@FunctionalInterface
public interface Similarity {
    /**
     * @param user     the member's embedding
     * @param userNorm its Euclidean length, computed once per request
     * @param item     the film's vector (length 1)
     */
    float between(float[] user, float userNorm, SparseVector item);
}
