package app.cinesync.core.recommend;

import app.cinesync.core.model.EaseModel;

/**
 * The trained item-item model folded in with the member's ratings, online (EASE, Steck 2019):
 * <pre>
 *   x_k = max(0, 1 + beta (stars_k - 3))           weight of the k-th rating
 *   s_j = sum_k x_k B[j_k][j]                       over the rated films j_k in the model
 *   C_i = s_m(i) / max_j s_j                        m(i) the model row of film i; 0 outside the model
 * </pre>
 * Every new rating changes {@code s} at once (one row of B), so recommendations follow each rating
 * without a retrain. An empty model (nothing trained yet) gives 0 everywhere. The part of {@code C_i}
 * owed to rated film {@code j_k} is {@code x_k B[j_k][m(i)] / max}.
 */
public final class CollaborativeScorer implements Scorer {
    private final EaseModel model;
    private final int[] toModel;
    private final double ratingSlope;

    /** @param toModel the model row of each catalog index, or -1 */
    CollaborativeScorer(EaseModel model, int[] toModel, double ratingSlope) {
        this.model = model;
        this.toModel = toModel;
        this.ratingSlope = ratingSlope;
    }

    /** {@code max(0, 1 + beta (stars - 3))}. */
    public static double ratingWeight(double stars, double beta) {
        return Math.max(0, 1 + beta * (stars - 3));
    }

    @Override
    public Signal score(Member m) {
        float[] s = new float[model.size()];
        double[] x = new double[m.ratingCount()];
        for (int k = 0; k < x.length; k++) {
            int row = toModel[m.film(k)];
            x[k] = row < 0 ? 0 : ratingWeight(m.stars(k), ratingSlope);
            if (x[k] > 0) {
                model.addRow(row, (float) x[k], s);
            }
        }
        float max = 0;
        for (float v : s) {
            max = Math.max(max, v);
        }
        return new Folded(m, s, x, max);
    }

    private final class Folded implements Signal {
        private final Member member;
        private final float[] s;
        private final double[] x;
        private final float max;

        Folded(Member member, float[] s, double[] x, float max) {
            this.member = member;
            this.s = s;
            this.x = x;
            this.max = max;
        }

        @Override
        public Kind kind() {
            return Kind.SIMILAR_MEMBERS;
        }

        @Override
        public double at(int film) {
            int row = toModel[film];
            return row < 0 || max <= 0 ? 0 : s[row] / max;
        }

        @Override
        public void addTo(double[] out, double weight) {
            if (max <= 0) {
                return;
            }
            for (int i = 0; i < out.length; i++) {
                int row = toModel[i];
                if (row >= 0) {
                    out[i] += weight * (s[row] / max);
                }
            }
        }

        @Override
        public void causes(int film, Cause.Sink sink) {
            int row = toModel[film];
            if (row < 0 || max <= 0) {
                return;
            }
            for (int k = 0; k < x.length; k++) {
                if (x[k] > 0) {
                    int rated = member.film(k);
                    sink.liked(k, member.catalog().movie(rated), x[k] * model.weight(toModel[rated], row) / max);
                }
            }
        }
    }
}
