package app.cinesync.core.recommend;

import app.cinesync.core.embedding.EmbeddingUpdater;
import app.cinesync.core.embedding.Similarities;
import app.cinesync.core.embedding.Similarity;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.Vectors;
import java.util.List;

/**
 * Learns a member's own {@link Blend} from their ratings, honestly: their ratings are replayed
 * in time order through the same update rule, and each rating is first <em>predicted</em> by the
 * embedding as it stood before it (prequential evaluation, so the personal score never sees the
 * rating it predicts). The personal weight {@code w} in {0, 0.05, ..., 1} whose blended
 * prediction {@code w * (1 + cos) / 2 + (1 - w) * base} correlates best (Pearson) with the
 * actual stars wins (ties, as when the base model cannot tell films apart, go to the weight
 * nearest the seed's 0.6), and is then shrunk towards the default by
 * {@code (m * w + 10 * default) / (m + 10)}, {@code m} the number of predictions made.
 */
public final class BlendFitter {
    /** Fewer ratings than this and the default blend stands. */
    public static final int MIN_RATINGS = 8;
    private static final int WARM_UP = 3;
    private static final double PRIOR_STRENGTH = 10;

    /** One rating in time order: the film's vector, its base score and the stars given. */
    public record Observation(SparseVector vector, double base, double stars) {
    }

    private BlendFitter() {
    }

    public static Blend fit(List<Observation> inTimeOrder) {
        int n = inTimeOrder.size();
        Blend fallback = Blend.forRatingCount(n);
        if (n < MIN_RATINGS) {
            return fallback;
        }
        Similarity cosine = Similarities.cosine();
        float[] e = new float[inTimeOrder.getFirst().vector().dimension()];
        int m = n - WARM_UP;
        double[] personal = new double[m];
        double[] base = new double[m];
        double[] actual = new double[m];
        for (int k = 0; k < n; k++) {
            Observation o = inTimeOrder.get(k);
            if (k >= WARM_UP) {
                personal[k - WARM_UP] = (1 + cosine.between(e, Vectors.norm(e), o.vector())) / 2;
                base[k - WARM_UP] = o.base();
                actual[k - WARM_UP] = o.stars();
            }
            EmbeddingUpdater.apply(e, o.vector(), o.stars());
        }
        double bestW = fallback.personal();
        double bestR = Double.NEGATIVE_INFINITY;
        double[] blended = new double[m];
        for (int step = 0; step <= 20; step++) {
            double w = step / 20.0;
            for (int i = 0; i < m; i++) {
                blended[i] = w * personal[i] + (1 - w) * base[i];
            }
            double r = pearson(blended, actual);
            boolean better = r > bestR + 1e-9;
            boolean tieCloserToDefault = Math.abs(r - bestR) <= 1e-9
                    && Math.abs(w - Blend.SEED_PERSONAL) < Math.abs(bestW - Blend.SEED_PERSONAL);
            if (better || tieCloserToDefault) {
                bestR = Math.max(r, bestR);
                bestW = w;
            }
        }
        if (!Double.isFinite(bestR)) {
            return fallback;
        }
        double w = (m * bestW + PRIOR_STRENGTH * Blend.SEED_PERSONAL) / (m + PRIOR_STRENGTH);
        return new Blend(w, 1 - w);
    }

    /** Pearson correlation; NaN when either side is constant. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
