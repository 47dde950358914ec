package app.cinesync.core.recommend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a member has told us, as the ranking reads it: their ratings, oldest first (one per film,
 * its latest stars), and the films they waved away with "Not for me" (never shown again). A
 * value: production builds it from the database, offline evaluation from a train file.
 *
 * @param ratings   oldest first
 * @param dismissed films the member said "Not for me" to
 */
public record MemberHistory(List<Rated> ratings, Set<Long> dismissed) {
    /** One rating: the film, the stars (0.5 to 5) and when. */
    public record Rated(long movieId, double stars, Instant at) {
    }

    public static final MemberHistory EMPTY = new MemberHistory(List.of(), Set.of());

    public MemberHistory {
        ratings = List.copyOf(ratings);
        dismissed = Set.copyOf(dismissed);
    }

    /** From ratings in any order (sorted here by time, then film). */
    public static MemberHistory of(List<Rated> ratings, Set<Long> dismissed) {
        List<Rated> sorted = new ArrayList<>(ratings);
        sorted.sort(Comparator.comparing(Rated::at).thenComparingLong(Rated::movieId));
        return new MemberHistory(sorted, dismissed);
    }

    /** The first {@code n} ratings only (what a member had told us after n ratings). */
    public MemberHistory firstRatings(int n) {
        return new MemberHistory(ratings.subList(0, Math.min(n, ratings.size())), dismissed);
    }

    /** This history with one more rating, the newest (re-rating a film moves it to now). */
    public MemberHistory plus(long movieId, double stars, Instant at) {
        List<Rated> more = new ArrayList<>(ratings.size() + 1);
        ratings.stream().filter(r -> r.movieId() != movieId).forEach(more::add);
        more.add(new Rated(movieId, stars, at));
        return new MemberHistory(more, dismissed);
    }

    public int size() {
        return ratings.size();
    }
}
