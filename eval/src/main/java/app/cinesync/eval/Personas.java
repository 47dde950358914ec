package app.cinesync.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.Recommender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Planted tastes: a new member who rates the community's most-rated films of one genre (films with
 * at most one other genre) or of one director 5 stars, then asks for ten films. A genre persona's
 * top 10 is on taste where a film has that genre; a director persona's where the film is theirs
 * (at most the director's films left to recommend, so it is reported as a share of those, capped
 * at 10). Genres and directors qualify when they have at least {@value #MIN_FILMS} such films.
 * Decade personas ({@link #decades}) rate the most-rated films of one decade, whatever their genres;
 * their top 10 is on taste where a film is of that decade.
 */
public final class Personas {
    public static final int MIN_FILMS = 12;
    public static final int[] RATINGS = {3, 10};

    /** One planted taste: its name, the films it rates (best known first), and what is on taste. */
    public record Persona(String name, List<Integer> films, Predicate<Movie> onTaste, int onTasteLeft) {
    }

    /**
     * Share on taste of each persona's top 10 after each number of ratings of {@link #RATINGS}, and
     * the popularity bias of those lists: the mean popularity percentile of their films (the share of
     * catalog films rated less often; MostPop is near 1).
     */
    public record Result(String model, Map<String, double[]> byPersona, double popularityBias) {
        /** The mean share over the personas, per number of ratings. */
        public double[] mean() {
            double[] m = new double[RATINGS.length];
            byPersona.values().forEach(v -> {
                for (int k = 0; k < m.length; k++) {
                    m[k] += v[k] / byPersona.size();
                }
            });
            return m;
        }
    }

    private Personas() {
    }

    /** Genre personas, then director personas, of the catalog (most-rated by the snapshot's counts). */
    public static List<Persona> of(CatalogSnapshot catalog) {
        Map<String, List<Integer>> byGenre = new LinkedHashMap<>();
        Map<String, List<Integer>> byDirector = new LinkedHashMap<>();
        for (int i = 0; i < catalog.size(); i++) {
            Movie m = catalog.movie(i);
            if (m.genres().size() <= 2) {
                for (String g : m.genres()) {
                    byGenre.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
                }
            }
            for (String d : m.directors()) {
                byDirector.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
            }
        }
        List<Persona> out = new ArrayList<>();
        byGenre.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                add(out, catalog, "genre " + e.getKey(), e.getValue(), m -> m.genres().contains(e.getKey())));
        byDirector.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                add(out, catalog, "director " + e.getKey(), e.getValue(), m -> m.directors().contains(e.getKey())));
        return out;
    }

    private static void add(List<Persona> out, CatalogSnapshot catalog, String name, List<Integer> films, Predicate<Movie> onTaste) {
        if (films.size() < MIN_FILMS) {
            return;
        }
        List<Integer> ranked = films.stream().sorted(Comparator.comparingInt((Integer i) -> -catalog.ratingCount(i))
                .thenComparingInt(i -> i)).toList();
        long total = IntStream.range(0, catalog.size()).filter(i -> onTaste.test(catalog.movie(i))).count();
        out.add(new Persona(name, ranked, onTaste, (int) total));
    }

    /** Decade personas of the catalog: the most-rated films of one decade, oldest decade first. */
    public static List<Persona> decades(CatalogSnapshot catalog) {
        Map<String, List<Integer>> byDecade = new java.util.TreeMap<>();
        for (int i = 0; i < catalog.size(); i++) {
            String d = catalog.movie(i).decade();
            if (d != null) {
                byDecade.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
            }
        }
        List<Persona> out = new ArrayList<>();
        byDecade.forEach((d, films) -> add(out, catalog, "decade " + d, films, m -> d.equals(m.decade())));
        return out;
    }

    /** Plays every persona through {@code recommender}. */
    public static Result play(String model, Recommender recommender, List<Persona> personas) {
        Map<String, double[]> out = new LinkedHashMap<>();
        CatalogSnapshot catalog = recommender.catalog();
        int[] sorted = catalog.ratingCounts();
        java.util.Arrays.sort(sorted);
        double bias = 0;
        int films = 0;
        for (Persona p : personas) {
            double[] share = new double[RATINGS.length];
            for (int k = 0; k < RATINGS.length; k++) {
                int n = RATINGS[k];
                List<MemberHistory.Rated> rated = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    rated.add(new MemberHistory.Rated(catalog.movie(p.films().get(j)).id(), 5.0, Instant.ofEpochSecond(j)));
                }
                int[] top = recommender.top(recommender.member(new MemberHistory(rated, java.util.Set.of()), null), RankingMetrics.K);
                long hits = IntStream.of(top).filter(i -> p.onTaste().test(catalog.movie(i))).count();
                for (int i : top) {
                    bias += percentile(sorted, catalog.ratingCount(i));
                    films++;
                }
                double possible = Math.min(RankingMetrics.K, p.onTasteLeft() - n);
                share[k] = p.name().startsWith("director ") ? hits / possible : hits / (double) RankingMetrics.K;
            }
            out.put(p.name(), share);
        }
        return new Result(model, out, films == 0 ? 0 : bias / films);
    }

    /** The share of {@code sorted} (ascending) below {@code value}. */
    static double percentile(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo / (double) sorted.length;
    }
}
