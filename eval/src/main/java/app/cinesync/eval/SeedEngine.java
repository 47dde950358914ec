package app.cinesync.eval;

import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.Vectors;
import java.util.HashMap;
import java.util.Map;

/**
 * The Python seed's engine, as a baseline: the member's content embedding ({@link EmbeddingUpdater}
 * over their train ratings in time order) and each film's Bayesian-average rating
 * {@code (10 m + sum) / (10 + count)} ({@code m} the mean of all train ratings), blended as
 * {@code w (1 + cos(e, v)) / 2 + (1 - w) (bayes - 0.5) / 4.5} with {@code w = 0.6} from 5 ratings
 * on and 0 before.
 */
public final class SeedEngine {
    private static final double PRIOR = 10;
    private static final double PERSONAL = 0.6;
    private static final int PERSONAL_FROM = 5;

    private SeedEngine() {
    }

    public static ModelRun run(EvalData data) {
        int n = data.ids().length;
        double[] base = new double[n];
        double mean = data.snapshot().globalMean();
        for (int i = 0; i < n; i++) {
            int count = data.snapshot().ratingCount(i);
            base[i] = ((PRIOR * mean + data.snapshot().ratingSum(i)) / (PRIOR + count) - 0.5) / 4.5;
        }
        Map<Long, RankedList> lists = new HashMap<>();
        long t0 = System.nanoTime();
        for (long user : data.testUsers()) {
            float[] e = new float[ItemVectorizer.DIMENSION];
            for (Interaction r : data.trainOf(user)) {
                EmbeddingUpdater.apply(e, data.vectors()[data.indexOf(r.movieId())], r.rating());
            }
            float norm = Vectors.norm(e);
            double w = data.trainOf(user).size() >= PERSONAL_FROM ? PERSONAL : 0;
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                SparseVector v = data.vectors()[i];
                double cos = norm == 0 || v.norm() == 0 ? 0 : v.dot(e) / (norm * v.norm());
                s[i] = w * (1 + cos) / 2 + (1 - w) * base[i];
            }
            for (Interaction r : data.trainOf(user)) {
                s[data.indexOf(r.movieId())] = Double.NEGATIVE_INFINITY;
            }
            lists.put(user, Evaluator.list(user, s, data));
        }
        double perRec = (System.nanoTime() - t0) / (double) Math.max(1, data.testUsers().size());
        return new ModelRun("Seed engine (content + Bayesian average)", lists, 0, perRec);
    }
}
