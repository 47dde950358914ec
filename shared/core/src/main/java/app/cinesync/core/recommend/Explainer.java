package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.TasteVector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a pick was picked, faithful to the score that ranked it. Every signal splits its weighted
 * value for a film by {@link Cause} (a rated film, a genre, a decade, a director, popularity), and the parts of one cause
 * are added across signals (a rated film counts through the collaborative model and through content
 * likeness). What sets a pick apart is not what every candidate has (popularity lifts every popular
 * film alike), so each cause is measured against its mean over the pool of the best
 * {@value #POOL} candidates. The reason is what the member told us, where that sets the pick apart:
 * the rated film, the genre, the decade or the director whose part most exceeds its pool mean; the community only when nothing
 * personal does (a member with no ratings, or a pick that no rating of theirs lifts): what it has
 * been rating lately when that sets the pick apart more than its popularity of all time does, else
 * its popularity. A cause that lowers the pick's score is never its reason, and a rated film is one
 * only if the member liked it ({@value #LIKED_FROM} stars or more, or {@value #ABOVE_MEAN_FROM} or more and above
 * their own mean, so a harsh rater's 3 stars count and nobody's 1 star does): a film
 * rated low can still lift a pick (its collaborative weight is small but positive, and hashed content
 * features can collide), yet "because you liked" it would be false.
 * <p>The parts owed to rated films, most of them, are kept in arrays by the film's place in the
 * member's history ({@link Cause.Sink#liked}); the few others (genres, popularity, and a rated film
 * a signal names without its place) by what they name. The pool's mean is asked of each signal as
 * a whole ({@link Signal#meanCauses}), so content likeness sums the pool once instead of splitting
 * fifty films; only the picks are split one by one.
 */
final class Explainer {
    /** How many of the best candidates make the reference pool. */
    static final int POOL = 50;
    /** A film rated this many stars or more is one the member liked. */
    static final double LIKED_FROM = 3.5;
    /** Or this many or more and above the member's own mean (a harsh rater's 3 stars). */
    static final double ABOVE_MEAN_FROM = 3;

    private final List<Recommender.Weighted> signals;
    private final int rated;
    /** By place in the member's history: whether they liked the film enough to hear "because you liked" it. */
    private final boolean[] liked;
    /** The member's rated films by place, as the signals name them. */
    private final Movie[] ratedFilms;
    private final Parts poolMean;

    Explainer(List<Recommender.Weighted> signals, int[] ranked, Member member) {
        this.signals = signals;
        this.rated = member.ratingCount();
        this.liked = new boolean[rated];
        double mean = TasteVector.mean(member.allStars());
        for (int k = 0; k < rated; k++) {
            liked[k] = member.stars(k) >= LIKED_FROM || member.stars(k) >= ABOVE_MEAN_FROM && member.stars(k) > mean;
        }
        this.ratedFilms = new Movie[rated];
        this.poolMean = new Parts(rated);
        int pool = Math.min(POOL, ranked.length);
        for (Recommender.Weighted w : signals) {
            w.signal().meanCauses(ranked, pool, sink(poolMean, w.weight()));
        }
    }

    /** The pick's reason, or null when nothing the member or the community did lifts it (a film nobody has rated yet). */
    Cause because(int film) {
        Parts parts = parts(film);
        Cause best = null;
        double bestExcess = 0;
        for (int k = 0; k < rated; k++) {
            double excess = parts.liked[k] - poolMean.liked[k];
            if (liked[k] && parts.liked[k] > 0 && excess > bestExcess) {
                bestExcess = excess;
                best = new Cause.Liked(ratedFilms[k]);
            }
        }
        double communityExcess = 0;
        Cause community = null;
        for (Map.Entry<Object, Part> e : parts.other.entrySet()) {
            Part p = e.getValue();
            Part mean = poolMean.other.get(e.getKey());
            double excess = p.value - (mean == null ? 0 : mean.value);
            boolean ofTheCommunity = p.cause instanceof Cause.Popular || p.cause instanceof Cause.Lately;
            if (ofTheCommunity && p.value > 0 && (community == null || excess > communityExcess)) {
                communityExcess = excess;
                community = p.cause;
            } else if (!ofTheCommunity && p.value > 0 && excess > bestExcess) {
                bestExcess = excess;
                best = p.cause;
            }
        }
        return best != null ? best : community;
    }

    private static final class Part {
        final Cause cause;
        double value;

        Part(Cause cause) {
            this.cause = cause;
        }
    }

    /** One film's parts: by rated film (place in the history), and by any other cause. */
    private static final class Parts {
        final double[] liked;
        final Map<Object, Part> other = new HashMap<>(4);

        Parts(int rated) {
            liked = new double[rated];
        }
    }

    private Parts parts(int film) {
        Parts parts = new Parts(rated);
        for (Recommender.Weighted w : signals) {
            w.signal().causes(film, sink(parts, w.weight()));
        }
        return parts;
    }

    /** A sink adding {@code weight} times each part to {@code parts}. */
    private Cause.Sink sink(Parts parts, double weight) {
        return new Cause.Sink() {
            @Override
            public void add(Cause cause, double value) {
                parts.other.computeIfAbsent(key(cause), k -> new Part(cause)).value += weight * value;
            }

            @Override
            public void liked(int k, Movie movie, double value) {
                ratedFilms[k] = movie;
                parts.liked[k] += weight * value;
            }
        };
    }

    /** Causes are equal by what they name: the rated film's id, the genre, the decade, the director, popularity. */
    private static Object key(Cause c) {
        return switch (c) {
            case Cause.Liked l -> l.film().id();
            case Cause.Genre g -> "genre:" + g.name();
            case Cause.Decade d -> "decade:" + d.name();
            case Cause.Director d -> "director:" + d.name();
            case Cause.Popular p -> "popular";
            case Cause.Lately l -> "lately";
        };
    }
}
