package app.cinesync.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Top-k ranking metrics of one user, exactly as {@code ml-latest-small-splits/README.md}
 * defines them. With {@code top} the ranked list cut at {@code k}, {@code Rel} the user's relevant
 * test films and {@code hits = |top ∩ Rel|}:
 * <pre>
 *   P@k    = hits / k                                   (k, not |top|: a short list is penalised)
 *   R@k    = hits / min(k, |Rel|)
 *   DCG@k  = sum over ranks i = 1..k with top[i] in Rel of 1 / log2(i + 1)     (binary gains)
 *   IDCG@k = sum over i = 1..min(k, |Rel|) of 1 / log2(i + 1)
 *   NDCG@k = DCG@k / IDCG@k
 *   HR@k   = 1 if hits > 0, else 0
 * </pre>
 * Users with no relevant film are not scored ({@link #of} returns null).
 */
public final class RankingMetrics {
    public static final int K = 10;

    /** The four metrics of one user. */
    public record UserScore(double precision, double recall, double ndcg, double hit) {
    }

    private RankingMetrics() {
    }

    /** Metrics at {@code k} of the ranked ids against the relevant set; null when nothing is relevant. */
    public static UserScore of(List<Long> ranked, Set<Long> relevant, int k) {
        if (relevant.isEmpty()) {
            return null;
        }
        int hits = 0;
        double dcg = 0;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            Long id = ranked.get(i);
            if (seen.add(id) && relevant.contains(id)) {
                hits++;
                dcg += 1.0 / log2(i + 2);
            }
        }
        int ideal = Math.min(k, relevant.size());
        double idcg = 0;
        for (int i = 0; i < ideal; i++) {
            idcg += 1.0 / log2(i + 2);
        }
        return new UserScore(hits / (double) k, hits / (double) ideal, dcg / idcg, hits > 0 ? 1 : 0);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
