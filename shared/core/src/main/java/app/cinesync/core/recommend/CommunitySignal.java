package app.cinesync.core.recommend;

/**
 * A signal that is the same for every member: one value per film, all of it owed to one community
 * cause ({@link Cause.Popular} or {@link Cause.Lately}). What {@link PopularityScorer} and
 * {@link TrendScorer} give.
 */
final class CommunitySignal implements Signal {
    private final double[] values;
    private final Cause cause;

    /** @param values by catalog index; kept, not copied */
    CommunitySignal(double[] values, Cause cause) {
        this.values = values;
        this.cause = cause;
    }

    @Override
    public Kind kind() {
        return Kind.POPULAR;
    }

    @Override
    public double at(int film) {
        return values[film];
    }

    @Override
    public void addTo(double[] out, double weight) {
        for (int i = 0; i < out.length; i++) {
            out[i] += weight * values[i];
        }
    }

    @Override
    public void causes(int film, Cause.Sink sink) {
        sink.add(cause, values[film]);
    }
}
