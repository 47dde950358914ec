package app.cinesync.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
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
 *   P      = (G + diag(lambda + delta * G_jj))^-1        (Cholesky inverse, EJML, multi-threaded;
 *                                                          through the members when they are fewer)
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

    /** Which matrix is inverted: the same model either way, up to rounding. */
    public enum Inverse {
        /** The n x n one ({@link #weightsThroughFilms}). */
        FILMS,
        /** The m x m one ({@link #weightsThroughMembers}). */
        MEMBERS,
        /** The smaller of the two (what {@code train} does). */
        SMALLER
    }

    public static EaseModel train(List<Observation> ratings, EaseConfig config) {
        return train(ratings, config, Inverse.SMALLER);
    }

    public static EaseModel train(List<Observation> ratings, EaseConfig config, Inverse inverse) {
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
        List<int[]> rows = new ArrayList<>(byMember.size());
        for (Map<Long, Boolean> films : byMember.values()) {
            int[] r = films.keySet().stream().map(index::get).filter(Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
            if (r.length > 0) {
                rows.add(r);
            }
        }
        int[][] x = rows.toArray(int[][]::new);
        boolean throughMembers = inverse == Inverse.MEMBERS || inverse == Inverse.SMALLER && x.length < n;
        float[] b = throughMembers ? weightsThroughMembers(x, n, config) : weightsThroughFilms(x, n, config);
        return new EaseModel(0, ids, b, entropies(ratings, index), config, ratings.size());
    }

    /** {@code d_j = lambda + delta * G_jj}: the diagonal added to the Gram matrix. */
    private static double[] diagonal(int[][] x, int n, EaseConfig config) {
        double[] d = new double[n];
        for (int[] films : x) {
            for (int j : films) {
                d[j] += config.dropout();
            }
        }
        for (int j = 0; j < n; j++) {
            d[j] += config.lambda();
        }
        return d;
    }

    /**
     * B from {@code P = (G + D)^-1} inverted directly: an n x n Cholesky inverse, {@code O(n^3)}.
     * {@code x[u]} holds the model rows of the films member {@code u} rated, ascending.
     */
    static float[] weightsThroughFilms(int[][] x, int n, EaseConfig config) {
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        double[] gd = g.data;
        for (int[] films : x) {
            for (int a : films) {
                int base = a * n;
                for (int c : films) {
                    gd[base + c] += 1;
                }
            }
        }
        double[] d = diagonal(x, n, config);
        for (int j = 0; j < n; j++) {
            gd[j * n + j] += d[j];
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
        return b;
    }

    /**
     * The same B when there are fewer members {@code m} than films, through the Woodbury identity
     * <pre>
     *   (D + X^T X)^-1 = D^-1 - D^-1 X^T K^-1 X D^-1,   K = I_m + X D^-1 X^T   (m x m)
     * </pre>
     * so only an m x m matrix is inverted ({@code O(m^3)}), and the rest are sums over the ratings:
     * {@code Y = K^-1 X} in {@code O(m * nnz)}, row i of {@code Z = X^T Y} in {@code O(|U_i| * n)}, with
     * {@code P_ij = -Z_ij / (d_i d_j)} for {@code i != j} and {@code P_jj = 1/d_j - Z_jj / d_j^2}.
     * Exact (up to rounding): a catalog of 9,000 films rated by 600 members trains in seconds
     * instead of minutes.
     */
    static float[] weightsThroughMembers(int[][] x, int n, EaseConfig config) {
        int m = x.length;
        double[] d = diagonal(x, n, config);
        List<List<Integer>> ratedBy = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            ratedBy.add(new ArrayList<>());
        }
        for (int u = 0; u < m; u++) {
            for (int j : x[u]) {
                ratedBy.get(j).add(u);
            }
        }
        int[][] members = ratedBy.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        DMatrixRMaj k = new DMatrixRMaj(m, m);
        double[] kd = k.data;
        for (int j = 0; j < n; j++) {
            double w = 1 / d[j];
            for (int a : members[j]) {
                int base = a * m;
                for (int c : members[j]) {
                    kd[base + c] += w;
                }
            }
        }
        for (int u = 0; u < m; u++) {
            kd[u * m + u] += 1;
        }
        DMatrixRMaj kInverse = new DMatrixRMaj(m, m);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_MT_DDRM.symmPosDef(m);
        if (!solver.setA(k)) {
            throw new IllegalStateException("I + X D^-1 X^T is not positive definite");
        }
        solver.invert(kInverse);
        double[] ki = kInverse.data;
        // Y[u][j] = sum over the members v who rated j of K^-1[u][v]
        double[] y = new double[m * n];
        IntStream.range(0, m).parallel().forEach(u -> {
            int base = u * n;
            for (int v = 0; v < m; v++) {
                double w = ki[u * m + v];
                for (int j : x[v]) {
                    y[base + j] += w;
                }
            }
        });
        double[] pjj = new double[n];
        for (int j = 0; j < n; j++) {
            double z = 0;
            for (int u : members[j]) {
                z += y[u * n + j];
            }
            pjj[j] = 1 / d[j] - z / (d[j] * d[j]);
        }
        float[] b = new float[n * n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] z = new double[n];
            for (int u : members[i]) {
                int base = u * n;
                for (int j = 0; j < n; j++) {
                    z[j] += y[base + j];
                }
            }
            int row = i * n;
            for (int j = 0; j < n; j++) {
                // B_ij = -P_ij / P_jj = Z_ij / (d_i d_j P_jj)
                b[row + j] = i == j ? 0f : (float) (z[j] / (d[i] * d[j] * pjj[j]));
            }
        });
        return b;
    }
}
