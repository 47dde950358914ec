package app.cinesync.core.embedding;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A film's content vector: its features ({@link ContentFeatures}) hashed into {@link #DIMENSION} dimensions (the hashing
 * trick), weighted, then scaled to length 1.
 *
 * <p>Features and weights: each genre 1.0; each director 0.9; the first two billed actors 0.6
 * and the next three 0.4; the decade 0.5; up to ten tags 0.3 each. A feature's dimension is
 * {@code (h >>> 1) mod 256} and its sign {@code +1} if {@code h} is even, else {@code -1}, where
 * {@code h} is the 64-bit FNV-1a hash of the UTF-8 bytes of {@code kind + ":" + lower-cased name}
 * (kinds {@code g d a y t}). Signed hashing keeps collisions from adding up in one direction.
 * Stateless and deterministic, so every container computes the same vector without a shared
 * vocabulary; {@link #FEATURE_VERSION} changes whenever this recipe does.
 */
public final class ItemVectorizer {
    public static final int DIMENSION = 256;
    public static final short FEATURE_VERSION = 1;

    private ItemVectorizer() {
    }

    public static SparseVector vectorize(ContentFeatures movie) {
        float[] v = new float[DIMENSION];
        movie.genres().forEach(g -> add(v, "g", g, 1.0f));
        movie.directors().forEach(d -> add(v, "d", d, 0.9f));
        List<String> cast = movie.cast();
        for (int i = 0; i < Math.min(5, cast.size()); i++) {
            add(v, "a", cast.get(i), i < 2 ? 0.6f : 0.4f);
        }
        if (movie.decade() != null) {
            add(v, "y", movie.decade(), 0.5f);
        }
        movie.tags().stream().limit(10).forEach(t -> add(v, "t", t, 0.3f));
        Vectors.normalize(v);
        return SparseVector.of(v);
    }

    static void add(float[] v, String kind, String name, float weight) {
        long h = fnv1a(kind + ":" + name.toLowerCase(java.util.Locale.ROOT));
        int index = (int) Long.remainderUnsigned(h >>> 1, DIMENSION);
        v[index] += (h & 1L) == 0 ? weight : -weight;
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
