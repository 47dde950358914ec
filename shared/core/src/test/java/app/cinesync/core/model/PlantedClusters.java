package app.cinesync.core.model;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic data with a known answer: {@value #CLUSTERS} taste clusters of {@value #FILMS_PER_CLUSTER}
 * films each (film ids {@code 1 + c * 12 .. 12 + c * 12}, genre {@link #GENRES}[c]); member
 * {@code u} (1..{@value #MEMBERS}) belongs to cluster {@code u % 3} and rates 8 of its films 4 to 5
 * stars (one rating per day), and every fourth member also one film of the next cluster 2 stars (noise).
 */
public final class PlantedClusters {
    public static final int CLUSTERS = 3;
    public static final int FILMS_PER_CLUSTER = 12;
    public static final int MEMBERS = 60;
    public static final List<String> GENRES = List.of("Horror", "Comedy", "Documentary");

    private PlantedClusters() {
    }

    public static int clusterOf(long movieId) {
        return (int) ((movieId - 1) / FILMS_PER_CLUSTER);
    }

    public static long film(int cluster, int k) {
        return 1L + cluster * FILMS_PER_CLUSTER + k;
    }

    public static List<Movie> movies() {
        List<Movie> out = new ArrayList<>();
        for (int c = 0; c < CLUSTERS; c++) {
            for (int k = 0; k < FILMS_PER_CLUSTER; k++) {
                long id = film(c, k);
                out.add(new Movie(id, "Film " + id, 1990 + k % 10, List.of(GENRES.get(c)), null, null, null, null, null, id));
            }
        }
        return out;
    }

    public static List<Observation> ratings(long seed) {
        Random random = new Random(seed);
        List<Observation> out = new ArrayList<>();
        long day = 0;
        for (long u = 1; u <= MEMBERS; u++) {
            int c = (int) (u % CLUSTERS);
            List<Integer> films = new ArrayList<>();
            for (int k = 0; k < FILMS_PER_CLUSTER; k++) {
                films.add(k);
            }
            java.util.Collections.shuffle(films, random);
            for (int k = 0; k < 8; k++) {
                out.add(new Observation(u, film(c, films.get(k)), 4 + random.nextInt(3) * 0.5, ++day * 86400));
            }
            if (u % 4 == 0) {
                out.add(new Observation(u, film((c + 1) % CLUSTERS, random.nextInt(FILMS_PER_CLUSTER)), 2.0, ++day * 86400));
            }
        }
        return out;
    }

    public static long[] ids() {
        return movies().stream().mapToLong(Movie::id).toArray();
    }

    public static SparseVector[] vectors() {
        return movies().stream().map(ItemVectorizer::vectorize).toArray(SparseVector[]::new);
    }
}
