package app.cinesync.core.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a pick was picked, faithful to the score that ranked it. Every signal splits its weighted
 * value for a film by {@link Cause} (a rated film, a genre, popularity), and the parts of one cause
 * are added across signals (a rated film counts through the collaborative model and through content
 * likeness). What sets a pick apart is not what every candidate has (popularity lifts every popular
 * film alike), so each cause is measured against its mean over the pool of the best
 * {@value #POOL} candidates. The reason is what the member told us, where that sets the pick apart:
 * the rated film or the genre whose part most exceeds its pool mean; popularity only when nothing
 * personal does (a member with no ratings, or a pick that no rating of theirs lifts).
 */
final class Explainer {
    /** How many of the best candidates make the reference pool. */
    static final int POOL = 50;

    private final List<Recommender.Weighted> signals;
    private final Map<Object, Double> poolMean = new HashMap<>();
    /** The pool's parts, kept: the picks are mostly pool films, whose parts need not be split again. */
    private final Map<Integer, Map<Object, Part>> poolParts = new HashMap<>();

    Explainer(List<Recommender.Weighted> signals, int[] ranked) {
        this.signals = signals;
        int pool = Math.min(POOL, ranked.length);
        for (int k = 0; k < pool; k++) {
            Map<Object, Part> parts = parts(ranked[k]);
            poolParts.put(ranked[k], parts);
            parts.forEach((key, part) -> poolMean.merge(key, part.value / pool, Double::sum));
        }
    }

    Cause because(int film) {
        Cause best = new Cause.Popular();
        double bestExcess = 0;
        Map<Object, Part> parts = poolParts.get(film);
        for (Map.Entry<Object, Part> e : (parts != null ? parts : parts(film)).entrySet()) {
            Part p = e.getValue();
            double excess = p.value - poolMean.getOrDefault(e.getKey(), 0.0);
            if (!(p.cause instanceof Cause.Popular) && excess > bestExcess) {
                bestExcess = excess;
                best = p.cause;
            }
        }
        return best;
    }

    private static final class Part {
        final Cause cause;
        double value;

        Part(Cause cause) {
            this.cause = cause;
        }
    }

    private Map<Object, Part> parts(int film) {
        Map<Object, Part> parts = new HashMap<>();
        for (Recommender.Weighted w : signals) {
            w.signal().causes(film, (cause, value) -> parts.computeIfAbsent(key(cause), k -> new Part(cause)).value += w.weight() * value);
        }
        return parts;
    }

    /** Causes are equal by what they name: the rated film's id, the genre, popularity. */
    private static Object key(Cause c) {
        return switch (c) {
            case Cause.Liked l -> l.film().id();
            case Cause.Genre g -> "genre:" + g.name();
            case Cause.Popular p -> "popular";
        };
    }
}
