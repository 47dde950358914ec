package app.cinesync.core.model;

/**
 * Online popularity of each film of a catalog (indices 0..n-1), updated on every rating:
 * <pre>
 *   count_i               number of ratings of film i so far
 *   trend_i(t)            sum over those ratings of 2^(-(t - t_r) / h)        (h = half-life)
 *   P_i                   = ln(1 + count_i) / ln(1 + max_k count_k)           in [0, 1]
 *   T_i(t)                = trend_i(t) / max_k trend_k(t)                      in [0, 1]
 * </pre>
 * {@code trend_i} is kept as (value at the film's last rating, that time) and decayed lazily, so
 * an update is O(1). Not thread-safe.
 */
public final class ItemPopularity {
    private final int[] counts;
    private final double[] trend;
    private final long[] lastTime;
    private final double halfLife;

    public ItemPopularity(int size, double halfLifeSeconds) {
        counts = new int[size];
        trend = new double[size];
        lastTime = new long[size];
        halfLife = halfLifeSeconds;
    }

    public void observe(int index, long time) {
        trend[index] = trend[index] * decay(time - lastTime[index]) + 1;
        lastTime[index] = Math.max(lastTime[index], time);
        counts[index]++;
    }

    public int count(int index) {
        return counts[index];
    }

    /** P_i for every film. */
    public double[] popularity() {
        return popularity(counts);
    }

    /** P_i = ln(1 + count_i) / ln(1 + max_k count_k) for given counts (all 0 when nothing is rated). */
    public static double[] popularity(int[] counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double[] out = new double[counts.length];
        double d = Math.log1p(max);
        for (int i = 0; i < out.length && max > 0; i++) {
            out[i] = Math.log1p(counts[i]) / d;
        }
        return out;
    }

    /** T_i(time) for every film. */
    public double[] trend(long time) {
        double[] out = new double[trend.length];
        double max = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = trend[i] * decay(time - lastTime[i]);
            max = Math.max(max, out[i]);
        }
        for (int i = 0; i < out.length && max > 0; i++) {
            out[i] /= max;
        }
        return out;
    }

    private double decay(long age) {
        return Math.pow(2, -Math.max(0, age) / halfLife);
    }
}
