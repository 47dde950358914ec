package app.cinesync.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_MT_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Trains {@link EaseModel} in closed form (Steck 2019, "Embarrassingly shallow autoencoders"),
 * with the EDLAE diagonal emphasis (Steck 2020):
 * <pre>
 *   X      binary member x film matrix: X[u][j] = 1 if u rated j (any stars), over the films with
 *          at least minRatings ratings (re-ratings count once)
 *   G      = X^T X                                       (co-rating counts)
 *   P      = (G + diag(lambda + delta * G_jj))^-1        (Cholesky inverse, EJML, multi-threaded)
 *   B[i][j] = -P[i][j] / P[j][j]  for i != j,  B[j][j] = 0
 * </pre>
 * which minimises {@code ||X - X B||^2 + sum_j (lambda + delta G_jj) ||B[*][j]||^2} subject to
 * {@code diag(B) = 0}. Films are ordered by id, so equal input gives an identical model. Each film's
 * rating entropy is kept beside its row.
 */
public final class EaseTrainer {
    private EaseTrainer() {
    }

    /** Per model row, the entropy of the film's ratings over the ten half-star values. */
    static float[] entropies(List<Observation> ratings, Map<Long, Integer> index) {
        int[][] histogram = new int[index.size()][10];
        for (Observation o : ratings) {
            Integer row = index.get(o.movieId());
            if (row != null) {
                histogram[row][Math.clamp(Math.round(o.stars() * 2) - 1, 0, 9)]++;
            }
        }
        float[] out = new float[histogram.length];
        for (int j = 0; j < out.length; j++) {
            int total = java.util.Arrays.stream(histogram[j]).sum();
            double h = 0;
            for (int c : histogram[j]) {
                if (c > 0) {
                    double p = c / (double) total;
                    h -= p * Math.log(p);
                }
            }
            out[j] = (float) h;
        }
        return out;
    }

    public static EaseModel train(List<Observation> ratings, EaseConfig config) {
        Map<Long, Map<Long, Boolean>> byMember = new HashMap<>();
        Map<Long, Integer> counts = new TreeMap<>();
        for (Observation o : ratings) {
            if (byMember.computeIfAbsent(o.memberId(), m -> new HashMap<>()).put(o.movieId(), Boolean.TRUE) == null) {
                counts.merge(o.movieId(), 1, Integer::sum);
            }
        }
        List<Long> kept = new ArrayList<>();
        counts.forEach((id, c) -> {
            if (c >= config.minRatings()) {
                kept.add(id);
            }
        });
        int n = kept.size();
        long[] ids = kept.stream().mapToLong(Long::longValue).toArray();
        Map<Long, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(ids[i], i);
        }
        if (n == 0) {
            return new EaseModel(0, ids, new float[0], new float[0], config, ratings.size());
        }
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        double[] gd = g.data;
        int[] rows = new int[n];
        for (Map<Long, Boolean> films : byMember.values()) {
            int k = 0;
            for (Long id : films.keySet()) {
                Integer i = index.get(id);
                if (i != null) {
                    rows[k++] = i;
                }
            }
            for (int a = 0; a < k; a++) {
                int base = rows[a] * n;
                for (int b = 0; b < k; b++) {
                    gd[base + rows[b]] += 1;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            gd[j * n + j] += config.lambda() + config.dropout() * gd[j * n + j];
        }
        DMatrixRMaj p = new DMatrixRMaj(n, n);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_MT_DDRM.symmPosDef(n);
        if (!solver.setA(g)) {
            throw new IllegalStateException("Gram matrix is not positive definite");
        }
        solver.invert(p);
        float[] b = new float[n * n];
        double[] pd = p.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i * n + j] = i == j ? 0f : (float) (-pd[i * n + j] / pd[j * n + j]);
            }
        }
        return new EaseModel(0, ids, b, entropies(ratings, index), config, ratings.size());
    }
}
