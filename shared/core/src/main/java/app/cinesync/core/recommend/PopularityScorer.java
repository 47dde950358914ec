package app.cinesync.core.recommend;

import java.util.function.IntPredicate;

/**
 * How much the community has rated each film: {@code P_i = ln(1 + count_i) / ln(1 + max(}{@value #SCALE_FLOOR}{@code , max_j count_j))},
 * in [0, 1] (0 everywhere before anyone rates). The same for every member; what carries the first
 * ratings, when there is little to personalise from. In a server that has just started, a film one
 * member rated is not yet a popular film: its popularity is measured against at least
 * {@value #SCALE_FLOOR} ratings of one film, not against the one rating of the most rated. A film is
 * only said to be popular ({@link Cause.Popular}) when the community rates it
 * {@value #LIKED_FROM} stars or more on average: three 1-star ratings make a film rated, not liked.
 */
public final class PopularityScorer implements Scorer {
    /** The fewest ratings of the most rated film that popularity is measured against. */
    static final int SCALE_FLOOR = 100;
    /** The community's mean rating from which its most rated films are "popular with the community". */
    static final double LIKED_FROM = 3;

    private final double[] popularity;
    private final IntPredicate liked;

    PopularityScorer(CatalogSnapshot catalog) {
        popularity = new double[catalog.size()];
        double scale = scale(catalog);
        for (int i = 0; i < popularity.length; i++) {
            popularity[i] = Math.log1p(catalog.ratingCount(i)) / scale;
        }
        liked = likedByTheCommunity(catalog);
    }

    /** {@code ln(1 + max(}{@value #SCALE_FLOOR}{@code , max count))}: popularity's unit. */
    static double scale(CatalogSnapshot catalog) {
        return Math.log1p(Math.max(SCALE_FLOOR, catalog.maxRatingCount()));
    }

    /**
     * {@code ln(1 + max count)}, at least {@code ln 2}: the label mixes' unit, the same as popularity's
     * once a film has {@value #SCALE_FLOOR} ratings. Before, it is not floored: a member's first ratings
     * are a taste to follow in a server that has just started, while the community's are not yet a
     * popularity.
     */
    static double labelScale(CatalogSnapshot catalog) {
        return Math.log1p(Math.max(1, catalog.maxRatingCount()));
    }

    /** Whether the community's ratings of film {@code i} average {@value #LIKED_FROM} stars or more. */
    static IntPredicate likedByTheCommunity(CatalogSnapshot catalog) {
        return i -> catalog.ratingCount(i) > 0 && catalog.ratingSum(i) >= LIKED_FROM * catalog.ratingCount(i);
    }

    /** P_i of film {@code i}. */
    public double of(int film) {
        return popularity[film];
    }

    @Override
    public Signal score(Member m) {
        return new CommunitySignal(popularity, new Cause.Popular(), liked);
    }
}
