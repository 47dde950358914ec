package app.cinesync.core.preference;

import java.util.List;

/**
 * How a member rates compared with everyone else.
 *
 * @param mean          the member's mean stars
 * @param stdDev        population standard deviation of the member's stars
 * @param communityMean the reference: mean, over the member's films that others rated too, of
 *                      those others' mean rating; the catalog-wide mean when no film qualifies
 * @param comparedFilms how many of the member's films others have rated (0: the fallback was used)
 * @param generosity    {@code mean - communityMean}
 * @param label         "generous" when generosity >= +0.5, "harsh" when <= -0.5, else "balanced"
 * @param histogram     how many ratings at 0.5, 1.0, ..., 5.0 stars (10 buckets)
 */
public record RatingBehavior(double mean, double stdDev, double communityMean, int comparedFilms, double generosity, String label,
                             List<Integer> histogram) {
    public static final double THRESHOLD = 0.5;

    public RatingBehavior {
        histogram = List.copyOf(histogram);
    }

    public static String labelFor(double generosity) {
        return generosity >= THRESHOLD ? "generous" : generosity <= -THRESHOLD ? "harsh" : "balanced";
    }
}
