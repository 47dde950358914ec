package app.cinesync.eval;

import app.cinesync.core.recommend.TopK;
import java.util.HashMap;
import java.util.Map;

/**
 * The README's baseline: every film scored by its number of train ratings (ties: catalog order),
 * each user's train films excluded.
 */
public final class MostPopular {
    private MostPopular() {
    }

    public static ModelRun run(EvalData data) {
        double[] counts = new double[data.ids().length];
        for (Interaction r : data.train()) {
            counts[data.indexOf(r.movieId())]++;
        }
        Map<Long, RankedList> lists = new HashMap<>();
        for (long user : data.testUsers()) {
            double[] s = counts.clone();
            for (Interaction r : data.trainOf(user)) {
                s[data.indexOf(r.movieId())] = Double.NEGATIVE_INFINITY;
            }
            lists.put(user, Evaluator.list(user, s, data));
        }
        return new ModelRun("MostPop (train count)", lists, 0, 0);
    }
}
