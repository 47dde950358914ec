package app.cinesync.bench;

import app.cinesync.core.app.Genres;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.recommend.CatalogSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Made-up films with realistic metadata shapes (2-3 genres, 1 director, 4 actors, 3 tags), seeded. */
final class SyntheticCatalog {
    private SyntheticCatalog() {
    }

    static List<Movie> films(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Movie> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> genres = List.of(Genres.ALL.get(r.nextInt(18)), Genres.ALL.get(r.nextInt(18))).stream().distinct().toList();
            List<String> cast = List.of("Actor " + r.nextInt(3000), "Actor " + r.nextInt(3000), "Actor " + r.nextInt(3000), "Actor " + r.nextInt(3000));
            out.add(new Movie(i + 1, "Film " + i, 1930 + r.nextInt(95), genres, List.of("Director " + r.nextInt(800)),
                    cast, List.of("tag" + r.nextInt(200), "tag" + r.nextInt(200), "tag" + r.nextInt(200)), null, null, null));
        }
        return out;
    }

    static CatalogSnapshot snapshot(int n, long seed) {
        List<Movie> films = films(n, seed);
        SplittableRandom r = new SplittableRandom(seed + 1);
        int[] counts = new int[n];
        double[] sums = new double[n];
        List<SparseVector> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            counts[i] = r.nextInt(200);
            sums[i] = counts[i] * (2 + r.nextDouble() * 3);
            vectors.add(ItemVectorizer.vectorize(films.get(i)));
        }
        return new CatalogSnapshot(films, vectors, counts, sums, Instant.EPOCH);
    }
}
