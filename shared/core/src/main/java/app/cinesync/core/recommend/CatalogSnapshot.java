package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.TitleTrigrams;
import app.cinesync.core.embedding.SparseVector;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every film with its content vector and rating counters, as arrays indexed 0..n-1, for scoring
 * the whole catalog in one pass. Immutable; derived values (index, global mean) computed once.
 */
public final class CatalogSnapshot {
    private final Movie[] movies;
    private final SparseVector[] vectors;
    private final float[] norms;
    private final int[] counts;
    private final double[] sums;
    private final Map<Long, Integer> index;
    private final double globalMean;
    private final long totalRatings;
    private final int maxRatingCount;
    private final Instant loadedAt;
    private final LabelIndex genres;
    private final LabelIndex decades;
    private final LabelIndex directors;
    private final RecentRatings recent;
    /** Built on first use (a misspelt title): most snapshots never need it. Immutable, so a race only builds it twice. */
    private volatile TitleTrigrams titles;

    /** A snapshot that knows nothing of when films were rated ({@link RecentRatings#NONE}). */
    public CatalogSnapshot(List<Movie> movies, List<SparseVector> vectors, int[] counts, double[] sums, Instant loadedAt) {
        this(movies, vectors, counts, sums, RecentRatings.NONE, loadedAt);
    }

    public CatalogSnapshot(List<Movie> movies, List<SparseVector> vectors, int[] counts, double[] sums, RecentRatings recent,
                           Instant loadedAt) {
        int n = movies.size();
        if (vectors.size() != n || counts.length != n || sums.length != n) {
            throw new IllegalArgumentException("snapshot arrays differ in length");
        }
        this.movies = movies.toArray(Movie[]::new);
        this.vectors = vectors.toArray(SparseVector[]::new);
        this.norms = new float[n];
        for (int i = 0; i < n; i++) {
            norms[i] = this.vectors[i].norm();
        }
        this.counts = counts.clone();
        this.sums = sums.clone();
        this.loadedAt = loadedAt;
        this.recent = recent;
        this.index = new HashMap<>(n * 2);
        long total = 0;
        double sum = 0;
        int max = 0;
        for (int i = 0; i < n; i++) {
            index.put(this.movies[i].id(), i);
            total += counts[i];
            sum += sums[i];
            max = Math.max(max, counts[i]);
        }
        this.globalMean = total == 0 ? 3.0 : sum / total;
        this.totalRatings = total;
        this.maxRatingCount = max;
        this.genres = LabelIndex.genres(this);
        this.decades = LabelIndex.decades(this);
        this.directors = LabelIndex.directors(this);
    }

    public int size() {
        return movies.length;
    }

    /** Position of the film, or -1 when it is not in this snapshot. */
    public int indexOf(long movieId) {
        Integer i = index.get(movieId);
        return i == null ? -1 : i;
    }

    public Movie movie(int i) {
        return movies[i];
    }

    public SparseVector vector(int i) {
        return vectors[i];
    }

    /** {@code |v_i|}, the length of film {@code i}'s content vector, computed once. */
    public float norm(int i) {
        return norms[i];
    }

    public int ratingCount(int i) {
        return counts[i];
    }

    /** Every film's rating count, by snapshot index (a copy). */
    public int[] ratingCounts() {
        return counts.clone();
    }

    public double ratingSum(int i) {
        return sums[i];
    }

    /** How many ratings the community has given, all films together. */
    public long totalRatings() {
        return totalRatings;
    }

    /** How many ratings the most rated film has. */
    public int maxRatingCount() {
        return maxRatingCount;
    }

    /** Mean of all ratings of all films; 3.0 when nobody has rated anything yet. */
    public double globalMean() {
        return globalMean;
    }

    /** The catalog's genres and the community's mix over them. */
    public LabelIndex genres() {
        return genres;
    }

    /** The films' decades and the community's mix over them. */
    public LabelIndex decades() {
        return decades;
    }

    /** The films' directors and the community's mix over them. */
    public LabelIndex directors() {
        return directors;
    }

    /**
     * The films whose titles come close to a misspelt one ({@link TitleTrigrams}), of {@code year}
     * when given, closest first, at most {@code limit}.
     */
    public List<Movie> closeTitles(String typed, Integer year, int limit) {
        TitleTrigrams t = titles;
        if (t == null) {
            t = new TitleTrigrams(Arrays.stream(movies).map(Movie::title).toList());
            titles = t;
        }
        return t.closest(typed, limit, i -> year == null || year.equals(movies[i].year())).stream().map(i -> movies[i]).toList();
    }

    /** How often each film was rated lately ({@link TrendScorer}). */
    public RecentRatings recentRatings() {
        return recent;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
