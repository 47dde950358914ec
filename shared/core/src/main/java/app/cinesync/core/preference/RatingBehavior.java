package app.cinesync.core.preference;

import java.util.List;

/**
 * How a member rates, and, when enough other members stand behind it, how that compares with them.
 *
 * <p><b>Privacy rule</b> (k-anonymity on each number shown): a film enters the comparison only
 * when at least {@link #MIN_OTHER_MEMBERS} other members rated it, and a comparison is made only
 * from at least {@link #MIN_COMPARED_FILMS} such films. So what a member is shown is always an
 * average over several films, each averaged over at least three other people: never one other
 * member's rating, nor anything from which it follows. Below that, there is no comparison (no
 * catalog-wide fallback either: with few members it would leak the same way).
 *
 * @param mean          the member's mean stars
 * @param stdDev        population standard deviation of the member's stars
 * @param communityMean the reference: mean, over the compared films, of the other members' mean
 *                      rating of each; null when there is no comparison
 * @param comparedFilms how many films the comparison is made from (0: none)
 * @param generosity    {@code mean - communityMean}; null when there is no comparison
 * @param label         "generous" when generosity >= +0.5, "harsh" when <= -0.5, else
 *                      "balanced"; null when there is no comparison
 * @param histogram     how many ratings at 0.5, 1.0, ..., 5.0 stars (10 buckets)
 * @param rule          the {@link #MIN_OTHER_MEMBERS} the comparison was made under (0 in profiles
 *                      stored before the rule, which are therefore recomputed)
 */
public record RatingBehavior(double mean, double stdDev, Double communityMean, int comparedFilms, Double generosity, String label,
                             List<Integer> histogram, int rule) {
    public static final double THRESHOLD = 0.5;
    public static final int MIN_OTHER_MEMBERS = 3;
    public static final int MIN_COMPARED_FILMS = 2;

    public RatingBehavior {
        histogram = List.copyOf(histogram);
    }

    /** Computed under the privacy rule in force (older stored profiles are not). */
    public boolean underCurrentRule() {
        return rule == MIN_OTHER_MEMBERS;
    }

    public boolean compared() {
        return communityMean != null;
    }

    public static String labelFor(double generosity) {
        return generosity >= THRESHOLD ? "generous" : generosity <= -THRESHOLD ? "harsh" : "balanced";
    }
}
