package app.cinesync.eval;

import app.cinesync.core.embedding.SparseVector;

/**
 * The Python seed's online update of a member's embedding, kept for the {@link SeedEngine} baseline: the
 * least-mean-squares (delta) rule.
 *
 * <pre>
 *   target     t = (r - 2.75) / 2.25          the rating mapped onto [-1, 1] (0.5 -> -1, 5 -> +1)
 *   prediction p = e . v                      v: the film's unit content vector
 *   rate       eta = 0.15 if r >= 4.5 or r <= 1.5 (a strong opinion), else 0.10
 *   update     e  <- e + eta * (t - p) * v
 * </pre>
 *
 * Because {@code |v| = 1}, one update moves the prediction for that film exactly {@code eta} of
 * the way to the target ({@code p' = p + eta (t - p)}), and films sharing features move with it
 * in proportion to their overlap. The embedding starts at zero on the first rating. Re-rating a
 * film is one more update towards the new target. Learning rates 0.1 and 0.15 are the seed's.
 */
public final class EmbeddingUpdater {
    public static final float RATE = 0.10f;
    public static final float STRONG_RATE = 0.15f;

    private EmbeddingUpdater() {
    }

    public static float target(double stars) {
        return (float) ((stars - 2.75) / 2.25);
    }

    public static float learningRate(double stars) {
        return stars >= 4.5 || stars <= 1.5 ? STRONG_RATE : RATE;
    }

    /**
     * Applies one rating to {@code embedding} in place.
     *
     * @return the step taken along the film's vector, {@code eta * (t - p)}: the embedding is the
     *         sum over ratings of step times film vector
     */
    public static float apply(float[] embedding, SparseVector item, double stars) {
        float step = learningRate(stars) * (target(stars) - item.dot(embedding));
        item.addTo(embedding, step);
        return step;
    }
}
