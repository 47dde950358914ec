package app.cinesync.core.recommend;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;

/**
 * A member as the scorers see them, over one catalog snapshot: their ratings oldest first as
 * catalog indices (films no longer in the catalog left out), the films never to recommend (rated
 * or dismissed), and the content embedding stored for them, if any. Built once per request.
 */
public final class Member {
    private final CatalogSnapshot catalog;
    private final int[] films;
    private final double[] stars;
    private final BitSet excluded;
    private final float[] storedEmbedding;
    private final Instant lastRatedAt;

    /** @param storedEmbedding the member's embedding as stored, or null to derive it from the history */
    public Member(CatalogSnapshot catalog, MemberHistory history, float[] storedEmbedding) {
        this.catalog = catalog;
        List<MemberHistory.Rated> ratings = history.ratings();
        int[] f = new int[ratings.size()];
        double[] s = new double[ratings.size()];
        int n = 0;
        Instant last = null;
        excluded = new BitSet(catalog.size());
        for (MemberHistory.Rated r : ratings) {
            if (r.at() != null && (last == null || r.at().isAfter(last))) {
                last = r.at();
            }
            int i = catalog.indexOf(r.movieId());
            if (i >= 0) {
                f[n] = i;
                s[n++] = r.stars();
                excluded.set(i);
            }
        }
        for (long id : history.dismissed()) {
            int i = catalog.indexOf(id);
            if (i >= 0) {
                excluded.set(i);
            }
        }
        films = java.util.Arrays.copyOf(f, n);
        stars = java.util.Arrays.copyOf(s, n);
        this.storedEmbedding = storedEmbedding;
        this.lastRatedAt = last;
    }

    /** When the member last rated a film, or null before any rating. */
    public Instant lastRatedAt() {
        return lastRatedAt;
    }

    public CatalogSnapshot catalog() {
        return catalog;
    }

    /** How many of the member's ratings are of films in the catalog. */
    public int ratingCount() {
        return films.length;
    }

    /** Catalog index of the k-th rating, oldest first. */
    public int film(int k) {
        return films[k];
    }

    public double stars(int k) {
        return stars[k];
    }

    /** Catalog indices of the rated films, oldest first (a copy). */
    public int[] films() {
        return films.clone();
    }

    /** The stars of the rated films, oldest first (a copy). */
    public double[] allStars() {
        return stars.clone();
    }

    /** Rated or dismissed: never recommended. */
    public boolean excluded(int film) {
        return excluded.get(film);
    }

    /** The embedding as stored, or null. */
    float[] storedEmbedding() {
        return storedEmbedding;
    }
}
