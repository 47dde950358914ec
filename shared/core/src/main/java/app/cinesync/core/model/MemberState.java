package app.cinesync.core.model;

import app.cinesync.core.embedding.EmbeddingUpdater;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's online state, updated on every rating in O(n) (n = films in the model), so the
 * very next recommendation reflects it without a retrain (the fold-in of EASE: the member's
 * "factors" are their weighted rated set).
 * <pre>
 *   after ratings r_1..r_m (oldest first) of films j_1..j_m:
 *   x_k = gamma^(m - k) * max(0, 1 + beta (stars_k - 3))          (HybridParams)
 *   s_i = sum_k x_k B[j_k][i]                                      collaborative score
 *   e   = the content embedding, moved by EmbeddingUpdater on every rating
 * </pre>
 * Re-rating a film replaces its old term (it is subtracted, then the new one added as the newest).
 * Stored as {@code s = scale * s'} so that the decay is one multiplication of {@code scale}
 * ({@code s'} is re-based when {@code scale < 1e-6}). Not thread-safe.
 */
public final class MemberState {
    private final EaseModel model;
    private final Map<Long, Integer> modelIndex;
    private final HybridParams params;
    private final float[] collab;
    private final float[] embedding = new float[ItemVectorizer.DIMENSION];
    private final Map<Long, Double> stars = new LinkedHashMap<>();
    private final Map<Long, Double> coefficient = new HashMap<>();
    private double scale = 1;

    MemberState(EaseModel model, Map<Long, Integer> modelIndex, HybridParams params) {
        this.model = model;
        this.modelIndex = modelIndex;
        this.params = params;
        this.collab = new float[model.size()];
    }

    /** Applies one rating; {@code content} is the film's content vector (null when unknown). */
    public void apply(long movieId, double rating, SparseVector content) {
        if (content != null) {
            EmbeddingUpdater.apply(embedding, content, rating);
        }
        stars.remove(movieId);
        stars.put(movieId, rating);
        scale *= params.decay();
        if (scale < 1e-6) {
            rebase();
        }
        Integer j = modelIndex.get(movieId);
        if (j == null) {
            return;
        }
        Double old = coefficient.remove(movieId);
        if (old != null) {
            model.addRow(j, (float) -old, collab);
        }
        double c = params.ratingWeight(rating) / scale;
        coefficient.put(movieId, c);
        model.addRow(j, (float) c, collab);
    }

    private void rebase() {
        for (int i = 0; i < collab.length; i++) {
            collab[i] *= (float) scale;
        }
        coefficient.replaceAll((k, v) -> v * scale);
        scale = 1;
    }

    /** s_i for model row i. */
    public double collab(int modelRow) {
        return collab[modelRow] * scale;
    }

    /** The current weight x_k of a rated film in the collaborative state (0 if unrated or not in the model). */
    public double weightOf(long movieId) {
        return coefficient.getOrDefault(movieId, 0.0) * scale;
    }

    /** max_i s_i over the model, or 0. */
    public double maxCollab() {
        float max = 0;
        for (float v : collab) {
            max = Math.max(max, v);
        }
        return max * scale;
    }

    /** The content embedding (live view, do not modify). */
    float[] embeddingView() {
        return embedding;
    }

    public float[] embedding() {
        return embedding.clone();
    }

    /** Film id to stars, oldest rating first. */
    public Map<Long, Double> ratings() {
        return Collections.unmodifiableMap(stars);
    }

    public boolean hasRated(long movieId) {
        return stars.containsKey(movieId);
    }

    public int size() {
        return stars.size();
    }
}
