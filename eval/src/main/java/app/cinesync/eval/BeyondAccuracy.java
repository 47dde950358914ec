package app.cinesync.eval;

import app.cinesync.core.embedding.SparseVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What accuracy does not show, over the scored lists of one run:
 * <pre>
 *   popularity bias   mean over users and list positions of the film's popularity percentile
 *                     (share of catalog films with fewer train ratings; MostPop is near 1)
 *   diversity         mean over users of 1 - mean pairwise cosine of the list's content vectors
 *   personalization   1 - mean over pairs of users of |top_a ∩ top_b| / 10
 * </pre>
 */
public record BeyondAccuracy(String model, double popularityBias, double diversity, double personalization) {

    public static BeyondAccuracy of(ModelRun run, EvalData data) {
        int n = data.ids().length;
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = data.snapshot().ratingCount(i);
        }
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        List<long[]> lists = new ArrayList<>();
        double bias = 0;
        int positions = 0;
        double diversity = 0;
        for (long user : data.testUsers()) {
            RankedList l = run.lists().get(user);
            if (l == null || l.movieIds().length == 0) {
                continue;
            }
            lists.add(l.movieIds());
            for (long id : l.movieIds()) {
                bias += Personas.percentile(sorted, counts[data.indexOf(id)]);
                positions++;
            }
            diversity += 1 - meanCosine(l.movieIds(), data);
        }
        return new BeyondAccuracy(run.model(), positions == 0 ? 0 : bias / positions,
                lists.isEmpty() ? 0 : diversity / lists.size(), personalization(lists));
    }

    private static double meanCosine(long[] ids, EvalData data) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < ids.length; a++) {
            SparseVector va = data.vectors()[data.indexOf(ids[a])];
            for (int b = a + 1; b < ids.length; b++) {
                SparseVector vb = data.vectors()[data.indexOf(ids[b])];
                float norms = va.norm() * vb.norm();
                sum += norms == 0 ? 0 : va.dot(vb) / norms;
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static double personalization(List<long[]> lists) {
        List<Set<Long>> sets = lists.stream().map(l -> {
            Set<Long> s = new HashSet<>();
            for (long id : l) {
                s.add(id);
            }
            return s;
        }).toList();
        double overlap = 0;
        long pairs = 0;
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                int common = 0;
                for (Long id : sets.get(a)) {
                    if (sets.get(b).contains(id)) {
                        common++;
                    }
                }
                overlap += common / (double) RankingMetrics.K;
                pairs++;
            }
        }
        return pairs == 0 ? 0 : 1 - overlap / pairs;
    }

    public String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", model, popularityBias, diversity, personalization);
    }

    public static String markdownHeader() {
        return "| model | popularity bias | diversity | personalization |\n|---|---|---|---|";
    }
}
