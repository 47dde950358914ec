package app.cinesync.eval;

/**
 * Which test ratings count as relevant.
 * <ul>
 *   <li>{@link #RANDOM}: every test rating, whatever its value;</li>
 *   <li>{@link #TEMPORAL}: test ratings {@code >= 4.0}; users with none are not scored.</li>
 * </ul>
 */
public enum Protocol {
    RANDOM(0.0),
    TEMPORAL(4.0);

    private final double threshold;

    Protocol(double threshold) {
        this.threshold = threshold;
    }

    public boolean relevant(double rating) {
        return rating >= threshold;
    }
}
