package app.cinesync.core.preference;

import app.cinesync.core.catalog.Movie;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes a {@link PreferenceProfile} from a member's ratings. Linear in the number of ratings.
 *
 * <p><b>Favourites</b> (genres, directors, actors, decades): for each value {@code a}, with
 * {@code mu} the member's mean stars, {@code score(a) = sum over films with a of (r - mu)
 * / (n_a + 1)}: a mean deviation from the member's own average, shrunk towards 0 by one
 * imaginary average film, so one lucky film counts less than a steady pattern. One rule, the same
 * in every section and at every number of ratings, and one the member can check from what
 * {@code /my_stats} shows them (each value's mean stars, their own average):
 * {@linkplain #isFavourite a value is a favourite} when the member rates it above their own
 * average ({@code score > 0}), or at it ({@code score = 0}: their ratings show no contrast for it,
 * as when every film they rated has it, or they rate every film alike) when that is a liking
 * ({@value #LIKED_FROM} stars or more). So one Se7en at 4.5 stars makes Fincher a favourite and
 * one at 2 stars makes nothing one; a harsh rater's usual 1.8 for three Nolan films does not make
 * Nolan their favourite director. Below their average is never a favourite. Ranked by score,
 * then count, then name; the top {@link #TOP} are kept. Actors are the first
 * {@link #CAST_CONSIDERED} billed.
 *
 * <p><b>Rating behaviour</b> and <b>diversity</b>: see {@link RatingBehavior} and
 * {@link PreferenceProfile#diversity()}. Diversity uses
 * {@code sum_{i != j} v_i . v_j = |sum v|^2 - sum |v_i|^2}, so it is O(n) and not O(n^2).
 */
public final class PreferenceAnalyzer {
    public static final int TOP = 5;
    public static final int CAST_CONSIDERED = 5;
    /** Mean stars from which a value rated at the member's own average is still a favourite. */
    public static final double LIKED_FROM = 3.5;
    /** How far from 0 a score is still 0: the rounding of sums of stars minus their mean. */
    private static final double AT_AVERAGE = 1e-12;

    private PreferenceAnalyzer() {
    }

    /**
     * @param ratings the member's ratings, each with the other members' mean when enough of them
     *                rated the film ({@link RatingBehavior}'s privacy rule)
     */
    public static PreferenceProfile analyze(long userId, List<RatedMovie> ratings, Instant lastRatingAt, Instant now) {
        int n = ratings.size();
        double mean = ratings.stream().mapToDouble(RatedMovie::stars).average().orElse(0);
        return new PreferenceProfile(userId,
                favourites(ratings, mean, Movie::genres),
                favourites(ratings, mean, Movie::directors),
                favourites(ratings, mean, m -> m.cast().subList(0, Math.min(CAST_CONSIDERED, m.cast().size()))),
                favourites(ratings, mean, m -> m.decade() == null ? List.of() : List.of(m.decade())),
                behavior(ratings, mean), diversity(ratings), n, lastRatingAt, now);
    }

    static List<Affinity> favourites(List<RatedMovie> ratings, double mean, Function<Movie, List<String>> values) {
        Map<String, double[]> acc = new HashMap<>(); // name -> {sum of deviations, count, sum of stars}
        for (RatedMovie r : ratings) {
            for (String v : values.apply(r.movie())) {
                double[] a = acc.computeIfAbsent(v, k -> new double[3]);
                a[0] += r.stars() - mean;
                a[1] += 1;
                a[2] += r.stars();
            }
        }
        List<Affinity> out = new ArrayList<>();
        acc.forEach((name, a) -> {
            double score = a[0] / (a[1] + 1);
            if (isFavourite(score, a[2] / a[1])) {
                out.add(new Affinity(name, Math.max(0, score), (int) a[1], a[2] / a[1]));
            }
        });
        out.sort(Comparator.comparingDouble(Affinity::score).reversed()
                .thenComparing(Comparator.comparingInt(Affinity::count).reversed())
                .thenComparing(Affinity::name));
        return out.subList(0, Math.min(TOP, out.size()));
    }

    /**
     * The favourite rule: above the member's own average, or at it when that is a liking.
     *
     * @param score      the value's shrunken mean deviation from the member's average
     * @param meanRating the member's mean stars for the films having it
     */
    static boolean isFavourite(double score, double meanRating) {
        return score > AT_AVERAGE || (score >= -AT_AVERAGE && meanRating >= LIKED_FROM);
    }

    static RatingBehavior behavior(List<RatedMovie> ratings, double mean) {
        double var = 0;
        double refSum = 0;
        int refCount = 0;
        List<Integer> histogram = new ArrayList<>(java.util.Collections.nCopies(10, 0));
        for (RatedMovie r : ratings) {
            var += (r.stars() - mean) * (r.stars() - mean);
            if (!Double.isNaN(r.communityMean())) {
                refSum += r.communityMean();
                refCount++;
            }
            int bucket = (int) Math.round(r.stars() * 2) - 1;
            histogram.set(bucket, histogram.get(bucket) + 1);
        }
        double std = ratings.isEmpty() ? 0 : Math.sqrt(var / ratings.size());
        if (refCount < RatingBehavior.MIN_COMPARED_FILMS) {
            return new RatingBehavior(mean, std, null, 0, null, null, histogram, RatingBehavior.MIN_OTHER_MEMBERS);
        }
        double reference = refSum / refCount;
        double generosity = mean - reference;
        return new RatingBehavior(mean, std, reference, refCount, generosity, RatingBehavior.labelFor(generosity), histogram,
                RatingBehavior.MIN_OTHER_MEMBERS);
    }

    static Double diversity(List<RatedMovie> ratings) {
        int n = ratings.size();
        if (n < 2) {
            return null;
        }
        int dim = ratings.getFirst().vector().dimension();
        float[] sum = new float[dim];
        double selfSum = 0;
        for (RatedMovie r : ratings) {
            r.vector().addTo(sum, 1f);
            float norm = r.vector().norm();
            selfSum += norm * norm;
        }
        double total = 0;
        for (float s : sum) {
            total += (double) s * s;
        }
        double meanPairCosine = (total - selfSum) / ((double) n * (n - 1));
        return Math.min(1, Math.max(0, 1 - meanPairCosine));
    }
}
