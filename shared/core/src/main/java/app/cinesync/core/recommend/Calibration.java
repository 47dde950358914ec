package app.cinesync.core.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists true to every taste a member has shown (in the spirit of Steck's calibrated
 * recommendations, RecSys 2018): a member who loves science fiction and, lately, three Studio Ghibli
 * films should find both in their list, not only the larger taste. The member's genre mix {@code p}
 * is that of their strong ratings (weight {@code (stars - from) / (5 - from)} above the evidence
 * threshold, each film's weight split over its genres). A genre is a distinct taste when it holds at
 * least {@value #MIN_SHARE} of that mix and at least {@code distinct} times its share of the
 * community's ({@link LabelIndex#prior}). Each distinct taste gets a film among the first places
 * (see {@link #apply}); scores decide everything else. Members with fewer
 * than {@value #FROM_RATINGS} ratings keep the plain ranking (the genre scorer already follows a
 * taste they have shown).
 */
final class Calibration {
    static final int CANDIDATES = 100;
    static final int FROM_RATINGS = 5;
    static final double MIN_SHARE = 0.1;
    /** The place (from 1) by which the strongest taste must appear; the next tastes one place later each. */
    static final int FIRST_PLACE = 5;

    private Calibration() {
    }

    /** The member's distinct tastes (genre ids, strongest first), or an empty array. */
    static int[] tastes(Member m, LabelIndex genres, double evidenceFrom, double distinct) {
        if (m.ratingCount() < FROM_RATINGS || distinct <= 0) {
            return new int[0];
        }
        double[] p = new double[genres.size()];
        double total = 0;
        for (int k = 0; k < m.ratingCount(); k++) {
            double w = Math.max(0, (m.stars(k) - evidenceFrom) / (5 - evidenceFrom));
            int[] gs = genres.of(m.film(k));
            if (w == 0 || gs.length == 0) {
                continue;
            }
            for (int g : gs) {
                p[g] += w / gs.length;
            }
            total += w;
        }
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < p.length; g++) {
            double share = total == 0 ? 0 : p[g] / total;
            if (share >= MIN_SHARE && share >= distinct * genres.prior(g)) {
                out.add(g);
            }
        }
        out.sort((a, b) -> Double.compare(p[b], p[a]));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The ranking with every taste represented near its top, the same order whatever page is asked
     * for: the {@code t}-th taste (strongest first) must appear by place {@value #FIRST_PLACE} + t; if
     * it does not, its best-ranked candidate among the first {@value #CANDIDATES} moves up to that
     * place and the others move down one.
     *
     * @param ranked every candidate, best first
     */
    static int[] apply(int[] ranked, int[] tastes, LabelIndex genres) {
        if (tastes.length == 0) {
            return ranked;
        }
        List<Integer> order = new ArrayList<>(ranked.length);
        for (int i : ranked) {
            order.add(i);
        }
        int pool = Math.min(CANDIDATES, order.size());
        for (int t = 0; t < tastes.length; t++) {
            int place = FIRST_PLACE - 1 + t;
            if (place >= order.size()) {
                break;
            }
            int found = -1;
            for (int c = 0; c < pool && found < 0; c++) {
                found = has(genres.of(order.get(c)), tastes[t]) ? c : -1;
            }
            if (found > place) {
                order.add(place, order.remove(found));
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean has(int[] genres, int genre) {
        for (int g : genres) {
            if (g == genre) {
                return true;
            }
        }
        return false;
    }

    static int[] prefix(int[] ranked, int k) {
        return Arrays.copyOf(ranked, Math.min(k, ranked.length));
    }
}
