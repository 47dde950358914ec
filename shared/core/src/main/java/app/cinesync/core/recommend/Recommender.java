package app.cinesync.core.recommend;

import app.cinesync.core.embedding.Similarities;
import app.cinesync.core.embedding.Similarity;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;


/**
 * Personal re-ranking: every film the member has not rated (of the asked genre, if any) gets
 * {@code blend.personal * (1 + cos(e, v)) / 2 + blend.base * base}, and the best are returned,
 * each with the member's liked film it most resembles as the reason.
 */
public final class Recommender {
    /** Ratings at or above this count as "liked" for explanations. */
    public static final double LIKED = 4.0;

    private final Similarity similarity = Similarities.cosine();

    /**
     * @param base     base-model scores per snapshot index (see {@link PopularityModel#scores})
     * @param rated    the member's ratings, film id to stars
     * @param genre    only films of this genre, or null for all
     * @param offset   how many of the best to skip (for "more")
     */
    public List<Recommendation> recommend(CatalogSnapshot catalog, float[] base, float[] embedding, Map<Long, Double> rated,
                                          Blend blend, String genre, int count, int offset) {
        float norm = Vectors.norm(embedding);
        int keep = offset + count;
        PriorityQueue<Scored> best = new PriorityQueue<>(keep + 1);
        for (int i = 0; i < catalog.size(); i++) {
            if (rated.containsKey(catalog.movie(i).id()) || (genre != null && !catalog.movie(i).genres().contains(genre))) {
                continue;
            }
            float sim = similarity.between(embedding, norm, catalog.vector(i));
            double score = blend.personal() * (1 + sim) / 2 + blend.base() * base[i];
            if (best.size() < keep) {
                best.add(new Scored(i, score, sim));
            } else if (score > best.peek().score) {
                best.poll();
                best.add(new Scored(i, score, sim));
            }
        }
        List<Scored> ranked = new ArrayList<>(best);
        ranked.sort(null);
        List<Scored> page = ranked.reversed().stream().skip(offset).toList();
        List<Recommendation> out = new ArrayList<>(page.size());
        for (Scored s : page) {
            out.add(new Recommendation(catalog.movie(s.index), s.score, s.similarity, base[s.index], because(catalog, s.index, rated)));
        }
        return out;
    }

    /** The member's liked film (rated at least {@link #LIKED}) whose content is most like film {@code candidate}, or null. */
    public static app.cinesync.core.catalog.Movie because(CatalogSnapshot catalog, int candidate, Map<Long, Double> rated) {
        SparseVector v = catalog.vector(candidate);
        float[] dense = v.toDense();
        int bestIndex = -1;
        float bestSim = 0.25f; // below this the likeness is too faint to name
        for (Map.Entry<Long, Double> r : rated.entrySet()) {
            int j = catalog.indexOf(r.getKey());
            if (j < 0 || r.getValue() < LIKED) {
                continue;
            }
            float sim = catalog.vector(j).dot(dense);
            if (sim > bestSim) {
                bestSim = sim;
                bestIndex = j;
            }
        }
        return bestIndex < 0 ? null : catalog.movie(bestIndex);
    }

    /** Ordered by score, then by catalog position so ties are stable. */
    private record Scored(int index, double score, float similarity) implements Comparable<Scored> {
        @Override
        public int compareTo(Scored o) {
            int c = Double.compare(score, o.score);
            return c != 0 ? c : Integer.compare(o.index, index);
        }
    }

}
