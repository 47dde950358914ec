package app.cinesync.core.recommend;

/**
 * How much the community has rated each film: {@code P_i = ln(1 + count_i) / ln(1 + max_j count_j)},
 * in [0, 1] (0 everywhere before anyone rates). The same for every member; what carries the first
 * ratings, when there is little to personalise from.
 */
public final class PopularityScorer implements Scorer {
    private final double[] popularity;

    PopularityScorer(CatalogSnapshot catalog) {
        popularity = new double[catalog.size()];
        double scale = scale(catalog);
        for (int i = 0; i < popularity.length; i++) {
            popularity[i] = Math.log1p(catalog.ratingCount(i)) / scale;
        }
    }

    /** {@code ln(1 + max count)}, at least {@code ln 2}: the unit popularity and the genre lift share. */
    static double scale(CatalogSnapshot catalog) {
        int max = 0;
        for (int i = 0; i < catalog.size(); i++) {
            max = Math.max(max, catalog.ratingCount(i));
        }
        return Math.log1p(Math.max(1, max));
    }

    /** P_i of film {@code i}. */
    public double of(int film) {
        return popularity[film];
    }

    @Override
    public Signal score(Member m) {
        return new CommunitySignal(popularity, new Cause.Popular());
    }
}
