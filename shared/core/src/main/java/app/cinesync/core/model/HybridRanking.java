package app.cinesync.core.model;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.Vectors;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.recommend.Recommender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /my_recommendations} with a trained model: the member's ratings, oldest first, are
 * folded into a {@link MemberState} (the same online update the evaluation replays), every film
 * of the snapshot is scored by {@link HybridScorer} with popularity from the snapshot's rating
 * counts, and the best are explained by the rated film that contributes most to their
 * collaborative score (or, for films outside the model, the liked film most alike in content).
 */
public final class HybridRanking {
    private HybridRanking() {
    }

    /**
     * @param scorer     built over {@code catalog} (same indices)
     * @param oldestFirst the member's ratings in the order they were given
     * @param genre      only films of this genre, or null
     */
    public static List<Recommendation> recommend(HybridScorer scorer, CatalogSnapshot catalog, List<Rated> oldestFirst,
                                                 MemberWeights weights, String genre, int count, int offset) {
        MemberState member = scorer.newMember();
        Map<Long, Double> rated = new HashMap<>();
        for (Rated r : oldestFirst) {
            scorer.apply(member, r.movieId(), r.stars());
            rated.put(r.movieId(), r.stars());
        }
        double[] popularity = ItemPopularity.popularity(catalog.ratingCounts());
        double[] scores = scorer.score(member, popularity, null, weights);
        if (genre != null) {
            for (int i = 0; i < scores.length; i++) {
                if (!catalog.movie(i).genres().contains(genre)) {
                    scores[i] = Double.NEGATIVE_INFINITY;
                }
            }
        }
        int[] top = TopK.of(scores, offset + count);
        float[] embedding = member.embeddingView();
        float norm = Vectors.norm(embedding);
        List<Recommendation> out = new ArrayList<>();
        for (int k = offset; k < top.length; k++) {
            int i = top[k];
            Movie movie = catalog.movie(i);
            long reason = scorer.because(member, movie.id());
            int reasonIndex = reason < 0 ? -1 : catalog.indexOf(reason);
            Movie because = reasonIndex >= 0 ? catalog.movie(reasonIndex) : Recommender.because(catalog, i, rated);
            double similarity = norm == 0 ? 0 : catalog.vector(i).dot(embedding) / norm;
            out.add(new Recommendation(movie, scores[i], similarity, popularity[i], because));
        }
        return out;
    }
}
