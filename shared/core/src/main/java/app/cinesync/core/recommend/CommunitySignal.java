package app.cinesync.core.recommend;

import java.util.function.IntPredicate;

/**
 * A signal that is the same for every member: one value per film, all of it owed to one community
 * cause ({@link Cause.Popular} or {@link Cause.Lately}). What {@link PopularityScorer} and
 * {@link TrendScorer} give.
 */
final class CommunitySignal implements Signal {
    private final double[] values;
    private final Cause cause;
    private final IntPredicate credited;

    /**
     * @param values   by catalog index; kept, not copied
     * @param credited the films whose part may be named as their reason (a film the community rates
     *                 low is rated, not popular: its part still counts, but it is nobody's reason)
     */
    CommunitySignal(double[] values, Cause cause, IntPredicate credited) {
        this.values = values;
        this.cause = cause;
        this.credited = credited;
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
        if (credited.test(film)) {
            sink.add(cause, values[film]);
        }
    }
}
