package app.cinesync.core.model;

/**
 * One member's blend of the four normalised signals {@link HybridScorer} combines:
 * {@code score_i = collab * C_i + popularity * P_i + trend * T_i + content * S_i}.
 * Only ratios matter for the ranking; weights are non-negative.
 */
public record MemberWeights(double collab, double popularity, double trend, double content) {
    public MemberWeights {
        if (collab < 0 || popularity < 0 || trend < 0 || content < 0) {
            throw new IllegalArgumentException("blend weights must be non-negative");
        }
    }

    /** {@code a * this + (1 - a) * other}, component-wise. */
    public MemberWeights mix(MemberWeights other, double a) {
        return new MemberWeights(a * collab + (1 - a) * other.collab, a * popularity + (1 - a) * other.popularity,
                a * trend + (1 - a) * other.trend, a * content + (1 - a) * other.content);
    }
}
