package app.cinesync.core.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * Global hyper-parameters of the hybrid (the member's own blend is {@link MemberWeights}).
 *
 * @param decay          recency factor {@code gamma} in (0, 1]: a rating {@code a} ratings old
 *                       weighs {@code gamma^a} in the member's collaborative state (1 = no decay)
 * @param ratingSlope    {@code beta}: a rating of {@code r} stars enters with weight
 *                       {@code max(0, 1 + beta (r - 3))} (0 = every rating counts 1, as in EASE)
 * @param trendHalfLife  half-life in seconds of the "trending" popularity (see {@link ItemPopularity})
 * @param weights        the default blend, before a member's own is fitted
 * @param coldPopularity the cold-start popularity curve {@code kappa_n}: extra popularity weight for a
 *                       member with exactly {@code n = COLD_KNOTS[k]} ratings is {@code coldPopularity[k]}
 *                       (one value per knot, each chosen on the validation cold-start curve at that n);
 *                       between knots it is interpolated linearly in {@code ln n}, below the first knot it
 *                       is the first value, and from the last knot it falls linearly in {@code ln n} to 0 at
 *                       {@link #COLD_END} ratings. So the first ratings lean on what is popular and the
 *                       member's own taste takes over as ratings accumulate.
 */
public record HybridParams(double decay, double ratingSlope, double trendHalfLife, MemberWeights weights,
                           double[] coldPopularity) {
    /** The rating counts at which {@link #coldPopularity} is given (the cold-start curve's n). */
    public static final int[] COLD_KNOTS = {1, 2, 3, 5, 10, 20};
    /** From this many ratings on, no extra popularity weight. */
    public static final int COLD_END = 40;

    /**
     * Chosen on a validation split carved out of the temporal train file (the realistic case),
     * {@code eval --protocol temporal --tune}; see docs/QUALITY.md.
     */
    public static final HybridParams DEFAULT = new HybridParams(0.9, 1.0, 90 * 86400.0,
            new MemberWeights(1.0, 0.01, 0.0, 0.3), new double[] {10, 30, 10, 10, 3, 0.3});

    /** No cold-start popularity. */
    public HybridParams(double decay, double ratingSlope, double trendHalfLife, MemberWeights weights) {
        this(decay, ratingSlope, trendHalfLife, weights, new double[COLD_KNOTS.length]);
    }

    public HybridParams {
        if (!(decay > 0 && decay <= 1) || !(trendHalfLife > 0)) {
            throw new IllegalArgumentException("decay must be in (0, 1] and the half-life positive");
        }
        if (coldPopularity == null || coldPopularity.length != COLD_KNOTS.length) {
            throw new IllegalArgumentException("one cold-start popularity weight per knot " + Arrays.toString(COLD_KNOTS));
        }
        coldPopularity = coldPopularity.clone();
        for (double v : coldPopularity) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("cold-start popularity weights must be finite and non-negative");
            }
        }
    }

    /** The curve (a copy). */
    @Override
    public double[] coldPopularity() {
        return coldPopularity.clone();
    }

    /** {@code max(0, 1 + beta (stars - 3))}. */
    public double ratingWeight(double stars) {
        return Math.max(0, 1 + ratingSlope * (stars - 3));
    }

    public HybridParams withWeights(MemberWeights w) {
        return new HybridParams(decay, ratingSlope, trendHalfLife, w, coldPopularity);
    }

    /** With the cold-start curve {@code kappa} (one value per {@link #COLD_KNOTS} entry). */
    public HybridParams withColdPopularity(double[] kappa) {
        return new HybridParams(decay, ratingSlope, trendHalfLife, weights, kappa);
    }

    /** The extra popularity weight {@code kappa(n)} of a member with {@code n} ratings (see {@link #coldPopularity}). */
    public double coldPopularityAt(int n) {
        int last = COLD_KNOTS.length - 1;
        if (n <= COLD_KNOTS[0]) {
            return coldPopularity[0];
        }
        if (n >= COLD_END) {
            return 0;
        }
        for (int k = 0; k < last; k++) {
            if (n <= COLD_KNOTS[k + 1]) {
                return between(n, COLD_KNOTS[k], coldPopularity[k], COLD_KNOTS[k + 1], coldPopularity[k + 1]);
            }
        }
        return between(n, COLD_KNOTS[last], coldPopularity[last], COLD_END, 0);
    }

    private static double between(int n, int n0, double v0, int n1, double v1) {
        double t = Math.log((double) n / n0) / Math.log((double) n1 / n0);
        return v0 + t * (v1 - v0);
    }

    /** The popularity weight for a member with {@code n} ratings: {@code w.popularity + kappa(n)}. */
    public double popularityWeight(MemberWeights w, int n) {
        return w.popularity() + coldPopularityAt(n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HybridParams p && p.decay == decay && p.ratingSlope == ratingSlope
                && p.trendHalfLife == trendHalfLife && p.weights.equals(weights) && Arrays.equals(p.coldPopularity, coldPopularity);
    }

    @Override
    public int hashCode() {
        return ((Double.hashCode(decay) * 31 + Double.hashCode(ratingSlope)) * 31 + weights.hashCode()) * 31
                + Arrays.hashCode(coldPopularity);
    }

    @Override
    public String toString() {
        StringBuilder cold = new StringBuilder();
        for (int k = 0; k < COLD_KNOTS.length; k++) {
            cold.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "n=%d:%s", COLD_KNOTS[k], coldPopularity[k]));
        }
        return "HybridParams[decay=" + decay + ", ratingSlope=" + ratingSlope + ", trendHalfLife=" + trendHalfLife
                + ", weights=" + weights + ", coldPopularity={" + cold + "}]";
    }
}
