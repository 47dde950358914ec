package app.cinesync.core.model;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Learns a member's own {@link MemberWeights} from their ratings, prequentially: the ratings are
 * replayed in time order into a fresh {@link MemberState}, and before each rating {@code k >= 3}
 * is applied, the film rated (the positive) and {@value #NEGATIVES} films the member has not rated
 * (drawn with a generator seeded by the member's first film, so fits are reproducible) are scored
 * by the state as it stood. For every candidate blend of the grid
 * {@code w = (1, p * f_p, t * f_t, s * f_s)}, {@code f in {0, 0.5, 1, 2, 4}} around the default
 * {@code (1, p, t, s)}, the pairwise accuracy
 * <pre>
 *   A(w) = share of (positive, negative) pairs with  w . signals(positive) > w . signals(negative)
 * </pre>
 * is measured (ties count one half); the best {@code w*} (first in grid order on ties) is shrunk
 * towards the default: {@code a w* + (1 - a) default}, {@code a = m / (m + 50)}, m = positives.
 * Fewer than {@value #MIN_RATINGS} ratings and the default stands. Feedback that is not a rating
 * (a dismissed recommendation) can enter as a rating of 0.5 stars, as a negative example.
 */
public final class MemberWeightFitter {
    public static final int MIN_RATINGS = 8;
    public static final int NEGATIVES = 20;
    private static final int WARM_UP = 3;
    private static final double PRIOR = 50;
    private static final double[] FACTORS = {0, 0.5, 1, 2, 4};

    private MemberWeightFitter() {
    }

    public static MemberWeights fit(HybridScorer scorer, List<Rated> inTimeOrder, double[] popularity, double[] trend) {
        MemberWeights def = scorer.params().weights();
        int n = inTimeOrder.size();
        if (n < MIN_RATINGS || scorer.size() < NEGATIVES + n) {
            return def;
        }
        MemberState m = scorer.newMember();
        SplittableRandom random = new SplittableRandom(inTimeOrder.getFirst().movieId() * 31 + n);
        int positives = n - WARM_UP;
        double[][] pos = new double[positives][];
        double[][][] neg = new double[positives][NEGATIVES][];
        for (int k = 0; k < n; k++) {
            Rated r = inTimeOrder.get(k);
            if (k >= WARM_UP) {
                int p = scorer.indexOf(r.movieId());
                double max = m.maxCollab();
                float norm = app.cinesync.core.embedding.Vectors.norm(m.embeddingView());
                pos[k - WARM_UP] = p < 0 ? new double[4] : scorer.signals(m, p, max, norm, popularity, trend);
                for (int j = 0; j < NEGATIVES; j++) {
                    int c;
                    do {
                        c = random.nextInt(scorer.size());
                    } while (m.hasRated(scorer.id(c)) || c == p);
                    neg[k - WARM_UP][j] = scorer.signals(m, c, max, norm, popularity, trend);
                }
            }
            scorer.apply(m, r.movieId(), r.stars());
        }
        MemberWeights best = def;
        double bestAccuracy = -1;
        for (double fp : FACTORS) {
            for (double ft : FACTORS) {
                for (double fs : FACTORS) {
                    MemberWeights w = new MemberWeights(def.collab(), def.popularity() * fp, def.trend() * ft, def.content() * fs);
                    double a = accuracy(w, pos, neg);
                    if (a > bestAccuracy + 1e-12) {
                        bestAccuracy = a;
                        best = w;
                    }
                }
            }
        }
        return best.mix(def, positives / (positives + PRIOR));
    }

    static double accuracy(MemberWeights w, double[][] pos, double[][][] neg) {
        double good = 0;
        long pairs = 0;
        for (int k = 0; k < pos.length; k++) {
            double sp = dot(w, pos[k]);
            for (double[] x : neg[k]) {
                double sn = dot(w, x);
                good += sp > sn ? 1 : sp == sn ? 0.5 : 0;
                pairs++;
            }
        }
        return pairs == 0 ? 0 : good / pairs;
    }

    static double dot(MemberWeights w, double[] s) {
        return w.collab() * s[0] + w.popularity() * s[1] + w.trend() * s[2] + w.content() * s[3];
    }
}
