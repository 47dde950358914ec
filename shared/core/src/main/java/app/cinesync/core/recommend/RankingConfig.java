package app.cinesync.core.recommend;

import app.cinesync.core.model.EaseConfig;

/**
 * The one production configuration of the ranking: the model {@code train} fits, and how
 * {@link Recommender} blends the signals for a member with {@code n} ratings:
 * <pre>
 *   score_i = C_i + w_s(n) S_i + r ((popularity + c(n)) P_i + trend c(n) T_i + w_g(n) G_i + w_e(n) E_i + w_d(n) D_i)
 *   u(n)    = popularity + coldPopularity / max(1, n)^coldExponent    how far the community carries the member
 *   w_s(n)  = content * min(1, contentFade / n)
 *   c(n)    = (u(n) - popularity) min(1, coldUntil / n)^{@value #COLD_FADE}   the community's favourites, for the first ratings
 *   w_g(n)  = genreLift * min(1, n / {@value #GENRE_FULL_FROM}) u(n)    one rating is not yet a taste
 *   w_e(n)  = decadeLift * min(1, n / {@value #GENRE_FULL_FROM}) u(n)   the same schedule for the decade mix
 *   w_d(n)  = directorLift * min(1, n / {@value #GENRE_FULL_FROM}) u(n) and for the director mix (from a second film by one director on)
 *   r       = R / (R + {@value #COMMUNITY_SCALE})       R = ratings in the community
 * </pre>
 * (C collaborative, S content, P popularity, T what the community rated lately, G genre mix, E decade mix, D director mix; see
 * their scorers), and every distinct taste of the member's is represented in the list
 * ({@link Calibration}). The community's counts are trusted as much as there are of them
 * ({@code r}): in a server that has just started, a few ratings are neither a popularity to follow
 * nor a genre mix to measure tastes against, and content likeness (genres, directors, cast, era,
 * tags) ranks. The first ratings lean on what the community rates, of all time and lately,
 * tilted towards the genres the member has shown; past the first {@code coldUntil} ratings the
 * community's favourites fall back to a small constant weight while the genre tilt keeps
 * following {@code u(n)}; as ratings accumulate the member's own collaborative and content signals
 * take over, and content likeness gives way to the collaborative model once that knows the member
 * well. Nothing here depends on how a member rates (in bulk or over months): the member's own data
 * sets {@code n}, the weight of each rating and the genre mix. Chosen on validation splits carved
 * from train (docs/QUALITY.md).
 *
 * @param ratingSlope       {@code beta} of the rating weight {@code max(0, 1 + beta (stars - 3))}
 * @param coldUntil         for how many ratings the community's favourites carry the member ({@code c(n)} above)
 * @param genrePrior        {@code alpha}, the weight of the community mix in the member's genre mix
 * @param genreEvidenceFrom ratings above this many stars are evidence of a genre taste
 * @param trend             the weight of what the community rated lately beside its favourites of all time, on
 *                          the cold part {@code c(n)} only
 *                          ({@link TrendScorer}; 0 = off)
 * @param decadeLift        how strongly the member's decade mix tilts the list, as {@code genreLift} does for genres
 *                          ({@link LabelScorer#decades}; 0 = off)
 * @param directorLift      the same for the member's director mix ({@link LabelScorer#directors}; 0 = off)
 * @param calibration       how many times the community's share a genre must have in the member's strong
 *                          ratings to be a distinct taste that every list represents ({@link Calibration}; 0 = off)
 */
public record RankingConfig(EaseConfig ease, double ratingSlope, double content, double contentFade, double popularity,
                            double coldPopularity, double coldExponent, double coldUntil, double genreLift, double genrePrior, double genreEvidenceFrom,
                            double calibration, double trend, double decadeLift, double directorLift) {
    /** How many community ratings make popularity half trustworthy. */
    public static final double COMMUNITY_SCALE = 1000;
    /**
     * From how many ratings the genre mix weighs fully: a single rating tilts the list half as much
     * (on validation this widened the thinnest cold-start margin, temporal n = 1, from 0.3% to 1.4%
     * over MostPop and changed nothing from two ratings on; docs/QUALITY.md).
     */
    public static final double GENRE_FULL_FROM = 2;
    /**
     * How steeply the cold popularity weight falls past {@code coldUntil} ratings: by 1.5 times as
     * many ratings it is down to 4%. On validation 5, 8 and 50 (a cut-off) scored alike.
     */
    public static final double COLD_FADE = 8;

    public static final RankingConfig DEFAULT = new RankingConfig(EaseConfig.DEFAULT, 0.5, 0.1, Double.POSITIVE_INFINITY, 0.1, 50, 1.5, 10, 2, 30, 3.5, 2, 0.25, 2, 2);

    public RankingConfig {
        if (ratingSlope < 0 || content < 0 || !(contentFade > 0) || popularity < 0 || coldPopularity < 0 || coldExponent < 0 || !(coldUntil >= 1) || genreLift < 0
                || !(genrePrior > 0) || !(genreEvidenceFrom >= 0.5 && genreEvidenceFrom < 5) || !(calibration >= 0) || trend < 0 || decadeLift < 0 || directorLift < 0) {
            throw new IllegalArgumentException("ranking weights must be non-negative, the genre prior positive, "
                    + "and the evidence threshold within the star scale: " + this);
        }
    }

    /** The parameters that validation chooses (see eval's Tuner), by name for the command line. */
    public enum Param { LAMBDA, DROPOUT, MIN_RATINGS, RATING_SLOPE, CONTENT, CONTENT_FADE, POPULARITY, COLD_POPULARITY, COLD_EXPONENT, COLD_UNTIL, GENRE_LIFT, GENRE_PRIOR,
        GENRE_EVIDENCE_FROM, CALIBRATION, TREND, DECADE_LIFT, DIRECTOR_LIFT }

    /** This configuration with one parameter changed. */
    public RankingConfig with(Param p, double v) {
        return switch (p) {
            case LAMBDA -> withEase(new EaseConfig(v, ease.dropout(), ease.minRatings()));
            case DROPOUT -> withEase(new EaseConfig(ease.lambda(), v, ease.minRatings()));
            case MIN_RATINGS -> withEase(new EaseConfig(ease.lambda(), ease.dropout(), (int) v));
            default -> {
                double[] w = weights();
                w[p.ordinal() - Param.RATING_SLOPE.ordinal()] = v;
                yield of(ease, w);
            }
        };
    }

    /** The ranking's own parameters, in the order of the record and of {@link Param} after the model's three. */
    private double[] weights() {
        return new double[] {ratingSlope, content, contentFade, popularity, coldPopularity, coldExponent, coldUntil, genreLift, genrePrior,
            genreEvidenceFrom, calibration, trend, decadeLift, directorLift};
    }

    private static RankingConfig of(EaseConfig ease, double[] w) {
        return new RankingConfig(ease, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13]);
    }

    /** {@code r}: how far the community's counts are trusted. */
    public static double communityTrust(long communityRatings) {
        return communityRatings / (communityRatings + COMMUNITY_SCALE);
    }

    /** {@code u(n)}: how far the community carries a member with this many ratings. */
    double communityWeight(int ratings) {
        return popularity + coldPopularity / Math.pow(Math.max(1, ratings), coldExponent);
    }

    /** {@code w_p(n)}. */
    public double popularityWeight(int ratings) {
        return popularity + coldPopularityWeight(ratings);
    }

    /** {@code c(n)}: the part of {@code w_p(n)} that carries the first ratings. */
    public double coldPopularityWeight(int ratings) {
        double fade = Math.pow(Math.min(1, coldUntil / Math.max(1, ratings)), COLD_FADE);
        return (communityWeight(ratings) - popularity) * fade;
    }

    public RankingConfig withEase(EaseConfig e) {
        return of(e, weights());
    }

    /** {@code w_g(n)}. */
    public double genreWeight(int ratings) {
        return labelWeight(genreLift, ratings);
    }

    /** {@code w_e(n)}. */
    public double decadeWeight(int ratings) {
        return labelWeight(decadeLift, ratings);
    }

    /** {@code w_d(n)}. */
    public double directorWeight(int ratings) {
        return labelWeight(directorLift, ratings);
    }

    /** The schedule the three label mixes share: {@code lift min(1, n / GENRE_FULL_FROM) u(n)}. */
    private double labelWeight(double lift, int ratings) {
        return lift * Math.min(1, ratings / GENRE_FULL_FROM) * communityWeight(ratings);
    }

    /** {@code w_s(n)}. */
    public double contentWeight(int ratings) {
        return content * Math.min(1, contentFade / Math.max(1, ratings));
    }

    /** Popularity alone (MostPop through the same pipeline: exclusions and all). */
    public RankingConfig popularityOnly() {
        return new RankingConfig(ease, 0, 0, contentFade, 1, 0, 0, coldUntil, 0, genrePrior, genreEvidenceFrom, 0, 0, 0, 0);
    }

    /** The collaborative model alone (the "EASE alone" baseline of eval). */
    public RankingConfig collaborativeOnly() {
        return new RankingConfig(ease, 0, 0, contentFade, 0, 0, 0, coldUntil, 0, genrePrior, genreEvidenceFrom, 0, 0, 0, 0);
    }
}
