package app.cinesync.core.model;

import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.Vectors;
import app.cinesync.core.recommend.CatalogSnapshot;
import java.util.HashMap;
import java.util.Map;

/**
 * Scores every film of a catalog (indices 0..N-1) for one member:
 * <pre>
 *   C_i = s_m(i) / max_k s_k   if film i is in the model (row m(i)) and max_k s_k > 0, else 0
 *   P_i, T_i                    popularity and trend in [0, 1] ({@link ItemPopularity})
 *   S_i = cos(e, v_i)           e the member's content embedding, v_i the film's content vector
 *                               (0 when either is zero)
 *   score_i = w.collab C_i + (w.popularity + kappa(n)) P_i + w.trend T_i + w.content S_i
 * </pre>
 * ({@code n} the member's rating count, {@code kappa(n)} = {@link HybridParams#coldPopularityAt}: large for the
 * first few ratings, 0 from {@link HybridParams#COLD_END} on).
 * Films the member has rated get {@code -infinity}. C carries the taste of members with ratings
 * of well-rated films; P and T carry cold starts; S ranks films too rarely rated to be in the model.
 */
public final class HybridScorer {
    private final EaseModel model;
    private final Map<Long, Integer> modelIndex;
    private final HybridParams params;
    private final long[] ids;
    private final SparseVector[] vectors;
    private final int[] toModel;
    private final Map<Long, Integer> catalogIndex;

    public HybridScorer(EaseModel model, HybridParams params, long[] catalogIds, SparseVector[] vectors) {
        if (catalogIds.length != vectors.length) {
            throw new IllegalArgumentException("ids and vectors differ in length");
        }
        this.model = model;
        this.modelIndex = model.index();
        this.params = params;
        this.ids = catalogIds.clone();
        this.vectors = vectors.clone();
        this.toModel = new int[ids.length];
        this.catalogIndex = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            toModel[i] = modelIndex.getOrDefault(ids[i], -1);
            catalogIndex.put(ids[i], i);
        }
    }

    /** Over the films of a snapshot (production). */
    public static HybridScorer of(EaseModel model, HybridParams params, CatalogSnapshot catalog) {
        long[] ids = new long[catalog.size()];
        SparseVector[] vectors = new SparseVector[catalog.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = catalog.movie(i).id();
            vectors[i] = catalog.vector(i);
        }
        return new HybridScorer(model, params, ids, vectors);
    }

    /** A member with no ratings yet; feed it with {@link #apply}. */
    public MemberState newMember() {
        return new MemberState(model, modelIndex, params);
    }

    /** Applies one rating to the member (content vector looked up in this catalog). */
    public void apply(MemberState member, long movieId, double stars) {
        int i = indexOf(movieId);
        member.apply(movieId, stars, i < 0 ? null : vectors[i]);
    }

    public int indexOf(long movieId) {
        return catalogIndex.getOrDefault(movieId, -1);
    }

    public long id(int index) {
        return ids[index];
    }

    public int size() {
        return ids.length;
    }

    public EaseModel model() {
        return model;
    }

    public HybridParams params() {
        return params;
    }

    /** The four signals of film {@code i}: {C, P, T, S}. {@code maxCollab} and {@code norm} as in {@link #score}. */
    double[] signals(MemberState m, int i, double maxCollab, float norm, double[] popularity, double[] trend) {
        int r = toModel[i];
        double c = r >= 0 && maxCollab > 0 ? m.collab(r) / maxCollab : 0;
        double s = norm > 0 ? vectors[i].dot(m.embeddingView()) / (norm * Math.max(1e-12f, vectors[i].norm())) : 0;
        return new double[] {c, popularity[i], trend[i], s};
    }

    /** score_i for every film; {@code popularity} and {@code trend} per catalog index (or null for zeros). */
    public double[] score(MemberState m, double[] popularity, double[] trend, MemberWeights w) {
        double max = m.maxCollab();
        float[] e = m.embeddingView();
        float norm = Vectors.norm(e);
        double[] out = new double[ids.length];
        double wp = params.popularityWeight(w, m.size());
        for (int i = 0; i < ids.length; i++) {
            if (m.hasRated(ids[i])) {
                out[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            int r = toModel[i];
            double score = r >= 0 && max > 0 ? w.collab() * m.collab(r) / max : 0;
            if (popularity != null) {
                score += wp * popularity[i];
            }
            if (trend != null) {
                score += w.trend() * trend[i];
            }
            if (w.content() > 0 && norm > 0 && vectors[i].indices().length > 0) {
                score += w.content() * vectors[i].dot(e) / (norm * vectors[i].norm());
            }
            out[i] = score;
        }
        return out;
    }

    /** The rated film contributing most to film {@code movieId}'s collaborative score, or -1: argmax_j x_j B[j][i]. */
    public long because(MemberState m, long movieId) {
        Integer i = modelIndex.get(movieId);
        if (i == null) {
            return -1;
        }
        long best = -1;
        double bestValue = 0;
        for (Long j : m.ratings().keySet()) {
            Integer row = modelIndex.get(j);
            if (row != null) {
                double v = m.weightOf(j) * model.weight(row, i);
                if (v > bestValue) {
                    bestValue = v;
                    best = j;
                }
            }
        }
        return best;
    }
}
