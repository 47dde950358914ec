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
 * {@value #POOL} candidates: the pick's reason is the cause whose part most exceeds that mean.
 */
final class Explainer {
    /** How many of the best candidates make the reference pool. */
    static final int POOL = 50;

    private final List<Recommender.Weighted> signals;
    private final Map<Object, Double> poolMean = new HashMap<>();

    Explainer(List<Recommender.Weighted> signals, int[] ranked) {
        this.signals = signals;
        int pool = Math.min(POOL, ranked.length);
        for (int k = 0; k < pool; k++) {
            parts(ranked[k]).forEach((key, part) -> poolMean.merge(key, part.value / pool, Double::sum));
        }
    }

    Cause because(int film) {
        Cause best = new Cause.Popular();
        double bestExcess = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Object, Part> e : parts(film).entrySet()) {
            double excess = e.getValue().value - poolMean.getOrDefault(e.getKey(), 0.0);
            if (excess > bestExcess) {
                bestExcess = excess;
                best = e.getValue().cause;
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
