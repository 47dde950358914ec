package app.cinesync.core.recommend;

/**
 * How much a member's recommendations follow their own taste versus the base model:
 * {@code score = personal * similarity' + base * base'} with {@code personal + base = 1}.
 */
public record Blend(double personal, double base) {
    /** The seed's weight on personal similarity once a member has enough ratings. */
    public static final double SEED_PERSONAL = 0.6;
    /** The seed's "personal from 5 ratings on". */
    public static final int FULL_FROM = 5;

    public Blend {
        if (personal < 0 || base < 0 || Math.abs(personal + base - 1) > 1e-9) {
            throw new IllegalArgumentException("blend weights must be non-negative and sum to 1");
        }
    }

    /**
     * The default before a member's own blend is fitted: {@code personal = 0.6 * min(1, n / 5)}.
     * The seed switched from 0 to 0.6 at the fifth rating; ramping means the very first
     * ratings already nudge the list, while a single rating cannot take it over.
     */
    public static Blend forRatingCount(int ratings) {
        double p = SEED_PERSONAL * Math.min(1.0, ratings / (double) FULL_FROM);
        return new Blend(p, 1 - p);
    }
}
