package app.cinesync.eval;

import app.cinesync.core.recommend.TopK;

/** Shared helpers of the model runs. */
public final class Evaluator {
    private Evaluator() {
    }

    /** The user's top-k of a full score array (rated films already at -infinity). */
    public static RankedList list(long user, double[] scores, EvalData data) {
        return list(user, TopK.of(scores, RankingMetrics.K), scores, data);
    }

    /** A ranked list of catalog indices, with their scores. */
    public static RankedList list(long user, int[] top, double[] scores, EvalData data) {
        long[] ids = new long[top.length];
        double[] s = new double[top.length];
        for (int k = 0; k < top.length; k++) {
            ids[k] = data.ids()[top[k]];
            s[k] = scores[top[k]];
        }
        return new RankedList(user, ids, s);
    }
}
