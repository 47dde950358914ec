package app.cinesync.core.model;

/**
 * Global hyper-parameters of the hybrid (the member's own blend is {@link MemberWeights}).
 *
 * @param decay          recency factor {@code gamma} in (0, 1]: a rating {@code a} ratings old
 *                       weighs {@code gamma^a} in the member's collaborative state (1 = no decay)
 * @param ratingSlope    {@code beta}: a rating of {@code r} stars enters with weight
 *                       {@code max(0, 1 + beta (r - 3))} (0 = every rating counts 1, as in EASE)
 * @param trendHalfLife  half-life in seconds of the "trending" popularity (see {@link ItemPopularity})
 * @param weights        the default blend, before a member's own is fitted
 * @param coldPopularity {@code kappa}: a member with {@code n} ratings gets {@code kappa / n} added to
 *                       their popularity weight (all of it at n = 0), so the first ratings lean on
 *                       what is popular and their own taste takes over as ratings accumulate
 */
public record HybridParams(double decay, double ratingSlope, double trendHalfLife, MemberWeights weights,
                           double coldPopularity) {
    /** Chosen on a validation split carved out of the temporal train file (the realistic case); see docs/QUALITY.md. */
    public static final HybridParams DEFAULT = new HybridParams(0.9, 1.0, 90 * 86400.0,
            new MemberWeights(1.0, 0.03, 0.0, 0.3), 0.3);

    public HybridParams(double decay, double ratingSlope, double trendHalfLife, MemberWeights weights) {
        this(decay, ratingSlope, trendHalfLife, weights, 0);
    }

    public HybridParams {
        if (!(decay > 0 && decay <= 1) || !(trendHalfLife > 0) || coldPopularity < 0) {
            throw new IllegalArgumentException("decay must be in (0, 1] and the half-life positive");
        }
    }

    /** {@code max(0, 1 + beta (stars - 3))}. */
    public double ratingWeight(double stars) {
        return Math.max(0, 1 + ratingSlope * (stars - 3));
    }

    public HybridParams withWeights(MemberWeights w) {
        return new HybridParams(decay, ratingSlope, trendHalfLife, w, coldPopularity);
    }

    public HybridParams withColdPopularity(double kappa) {
        return new HybridParams(decay, ratingSlope, trendHalfLife, weights, kappa);
    }

    /** The popularity weight for a member with {@code n} ratings: {@code w.popularity + kappa / max(1, n)}. */
    public double popularityWeight(MemberWeights w, int n) {
        return w.popularity() + coldPopularity / Math.max(1, n);
    }
}
