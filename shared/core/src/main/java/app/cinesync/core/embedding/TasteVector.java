package app.cinesync.core.embedding;

/**
 * A member's taste in the content space, kept online (the Rocchio centroid of their ratings):
 * <pre>
 *   taste = sum over rated films k of (stars_k - m + 1/2) v_k        v_k the film's unit content vector
 *   m     = the member's mean rating (2.75, the middle of the scale, while they have one rating)
 * </pre>
 * so films rated above the member's own average pull the taste towards their genres, directors,
 * cast, decade and tags, and films rated well below it push it away. Stored as the state
 * {@code [A | V]} with {@code A = sum (stars_k + 1/2) v_k} and {@code V = sum v_k}, so that
 * {@code taste = A - m V}: a rating adds one film's terms and a re-rating changes one coefficient,
 * O(features) whatever the member's history, and the taste follows every rating at once.
 */
public final class TasteVector {
    /** Floats in the stored state: A, then V. */
    public static final int STATE = 2 * ItemVectorizer.DIMENSION;
    /** The mean used while a member has a single rating. */
    public static final double MIDDLE = 2.75;

    private TasteVector() {
    }

    /** The state of a member with no ratings. */
    public static float[] empty() {
        return new float[STATE];
    }

    /** Adds a newly rated film. */
    public static void add(float[] state, SparseVector film, double stars) {
        addTo(state, 0, film, (float) (stars + 0.5));
        addTo(state, ItemVectorizer.DIMENSION, film, 1f);
    }

    /** A film rated again: only its coefficient in A changes. */
    public static void rerate(float[] state, SparseVector film, double oldStars, double newStars) {
        addTo(state, 0, film, (float) (newStars - oldStars));
    }

    /** {@code taste = A - m V}. */
    public static float[] taste(float[] state, double mean) {
        float[] out = new float[ItemVectorizer.DIMENSION];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (state[i] - mean * state[ItemVectorizer.DIMENSION + i]);
        }
        return out;
    }

    /** The coefficient of a film rated {@code stars} in the taste of a member whose mean is {@code mean}. */
    public static double coefficient(double stars, double mean) {
        return stars - mean + 0.5;
    }

    /** {@code m}: the mean of the stars, or {@link #MIDDLE} for fewer than two. */
    public static double mean(double[] stars) {
        if (stars.length < 2) {
            return MIDDLE;
        }
        double sum = 0;
        for (double s : stars) {
            sum += s;
        }
        return sum / stars.length;
    }

    private static void addTo(float[] state, int offset, SparseVector film, float scale) {
        int[] idx = film.indices();
        float[] val = film.values();
        for (int k = 0; k < idx.length; k++) {
            state[offset + idx[k]] += scale * val[k];
        }
    }
}
