package app.cinesync.core.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Titles that come close to a misspelt one ("godfathr", "toy storie", "inceptoin"), for the
 * suggestions when no title has every word typed. Each folded title ({@link TitleFolding}) is kept
 * as the set of its letter trigrams, every word padded as PostgreSQL's pg_trgm pads it
 * ("  god", " go", …, "hr "); closeness is the Dice coefficient of two such sets. Built once per
 * catalog snapshot; immutable and thread-safe.
 */
public final class TitleTrigrams {
    /** Below this Dice coefficient a title is not close ("xqzzy" is close to nothing at 0.2). */
    public static final double CLOSE = 0.4;
    /** Only titles this near to the closest one are offered beside it. */
    public static final double NEAR_BEST = 0.15;

    private final long[][] trigrams;

    public TitleTrigrams(List<String> titles) {
        trigrams = new long[titles.size()][];
        for (int i = 0; i < trigrams.length; i++) {
            trigrams[i] = of(TitleFolding.fold(titles.get(i)));
        }
    }

    /**
     * The titles close to {@code typed} (indices into the list given), closest first: each at least
     * {@link #CLOSE} and at most {@link #NEAR_BEST} below the closest, at most {@code limit}, among
     * those {@code eligible} accepts; ties keep the list's order.
     */
    public List<Integer> closest(String typed, int limit, IntPredicate eligible) {
        long[] query = of(TitleFolding.fold(typed));
        if (query.length == 0 || limit <= 0) {
            return List.of();
        }
        double[] score = new double[trigrams.length];
        List<Integer> close = new ArrayList<>();
        double best = 0;
        for (int i = 0; i < trigrams.length; i++) {
            score[i] = dice(query, trigrams[i]);
            if (score[i] >= CLOSE && eligible.test(i)) {
                close.add(i);
                best = Math.max(best, score[i]);
            }
        }
        double floor = best - NEAR_BEST;
        return close.stream().filter(i -> score[i] >= floor)
                .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed()).limit(limit).toList();
    }

    /** The Dice coefficient of two sorted sets of trigram codes. */
    static double dice(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    /** The sorted, distinct trigrams of a folded title, each as its three UTF-16 units in one long. */
    static long[] of(String folded) {
        String[] words = folded.split(" ");
        int n = 0;
        for (String word : words) {
            n += word.isEmpty() ? 0 : word.length() + 1; // "  ab " holds "  a", " ab", "ab "
        }
        long[] codes = new long[n];
        int k = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                String padded = "  " + word + " ";
                for (int c = 0; c + 3 <= padded.length(); c++) {
                    codes[k++] = (long) padded.charAt(c) << 32 | (long) padded.charAt(c + 1) << 16 | padded.charAt(c + 2);
                }
            }
        }
        Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < codes.length; i++) {
            if (i == 0 || codes[i] != codes[i - 1]) {
                codes[distinct++] = codes[i];
            }
        }
        return Arrays.copyOf(codes, distinct);
    }
}
