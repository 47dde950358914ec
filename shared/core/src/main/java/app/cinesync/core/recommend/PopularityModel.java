package app.cinesync.core.recommend;

/**
 * The base model: each film's Bayesian-average rating,
 * {@code (C * m + sum) / (C + n)}, where {@code n} and {@code sum} are the film's rating count
 * and star total, {@code m} the mean of all ratings and {@code C} the prior weight (how many
 * ratings a film needs before its own mean counts as much as the prior). A film rated 5 once does
 * not outrank one rated 4.5 by hundreds. Scores are mapped from stars to [0, 1] by
 * {@code (stars - 0.5) / 4.5}.
 */
public final class PopularityModel {
    public static final double PRIOR_WEIGHT = 10;

    private PopularityModel() {
    }

    public static double bayesianAverage(int count, double sum, double globalMean) {
        return (PRIOR_WEIGHT * globalMean + sum) / (PRIOR_WEIGHT + count);
    }

    /** Base scores in [0, 1] for every film of the snapshot. */
    public static float[] scores(CatalogSnapshot catalog) {
        float[] out = new float[catalog.size()];
        double m = catalog.globalMean();
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) ((bayesianAverage(catalog.ratingCount(i), catalog.ratingSum(i), m) - 0.5) / 4.5);
        }
        return out;
    }
}
