package app.cinesync.core.recommend;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * How often each film of a snapshot was rated in the {@link #WINDOW} before a moment: what the
 * community has been watching lately. A live catalog knows it for the moment it was read (the
 * database counts the window when the snapshot loads, and snapshots live a minute); an offline
 * replay keeps every rating's time, so that each replayed member sees the window before their own
 * "now" and nothing after it.
 */
public final class RecentRatings {
    /** How far back "lately" reaches (chosen on validation: 90 days and two years did no better). */
    public static final Duration WINDOW = Duration.ofDays(365);
    /** Nobody has rated anything lately (a catalog without times). */
    public static final RecentRatings NONE = new RecentRatings(null, null);

    private final int[] counts;
    private final double[] trend;
    private final long[][] times;

    private RecentRatings(int[] counts, long[][] times) {
        this.counts = counts;
        this.trend = counts == null ? null : trendOf(counts);
        this.times = times;
    }

    /** The counts of a catalog read now: the same whatever moment is asked about. */
    public static RecentRatings asRead(int[] counts) {
        return new RecentRatings(counts.clone(), null);
    }

    /** Every rating's time (epoch seconds) by film index, for replaying members at their own moments. */
    public static RecentRatings replay(long[][] epochSecondsByFilm) {
        long[][] sorted = new long[epochSecondsByFilm.length][];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = epochSecondsByFilm[i] == null ? new long[0] : epochSecondsByFilm[i].clone();
            Arrays.sort(sorted[i]);
        }
        return new RecentRatings(null, sorted);
    }

    /**
     * Each film's ratings in {@code (at - WINDOW, at]}; a live catalog's own counts whatever {@code at};
     * {@code null} when nothing is known.
     */
    int[] at(Instant at, int films) {
        if (times == null) {
            return counts;
        }
        long to = at.getEpochSecond();
        long from = to - WINDOW.toSeconds();
        int[] out = new int[films];
        for (int i = 0; i < films && i < times.length; i++) {
            out[i] = upTo(times[i], to) - upTo(times[i], from);
        }
        return out;
    }

    /**
     * {@code q ln(1 + recent_i) / ln(1 + max_j recent_j)} at that moment, in [0, 1], with
     * {@code q = R / (R + }{@value RankingConfig#COMMUNITY_SCALE}{@code )} and {@code R} the ratings of
     * the window: a handful of recent ratings are not yet a trend (one rating would make its film the
     * most watched). 0 everywhere when nobody rated lately. A live catalog's values are computed
     * once, when it is read.
     */
    double[] trend(Instant at, int films) {
        if (times == null) {
            return trend == null ? new double[films] : trend;
        }
        return trendOf(at(at, films));
    }

    private static double[] trendOf(int[] recent) {
        double[] out = new double[recent.length];
        int max = 0;
        long total = 0;
        for (int c : recent) {
            max = Math.max(max, c);
            total += c;
        }
        if (max > 0) {
            double scale = RankingConfig.communityTrust(total) / Math.log1p(max);
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.log1p(recent[i]) * scale;
            }
        }
        return out;
    }

    /** How many of the sorted values are {@code <= x}. */
    private static int upTo(long[] sorted, long x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
