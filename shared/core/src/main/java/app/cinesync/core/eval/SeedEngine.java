package app.cinesync.core.eval;

import app.cinesync.core.embedding.EmbeddingUpdater;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.recommend.BlendFitter;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.PopularityModel;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.recommend.Recommender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine the handlers ran before the hybrid, replayed unchanged: every train rating in
 * timestamp order moves the member's content embedding ({@link EmbeddingUpdater}); the catalog
 * counters then give the Bayesian-average base ({@link PopularityModel}); each member's blend is
 * {@link BlendFitter#fit} of their ratings (as ProfileRefresher does); {@link Recommender} ranks.
 */
public final class SeedEngine {
    private SeedEngine() {
    }

    public static ModelRun run(EvalData data) {
        int n = data.ids().length;
        int[] counts = new int[n];
        double[] sums = new double[n];
        Map<Long, float[]> embeddings = new HashMap<>();
        List<Interaction> replay = new ArrayList<>(data.train());
        replay.sort(Interaction.REPLAY_ORDER);
        long t0 = System.nanoTime();
        for (Interaction r : replay) {
            int i = data.indexOf(r.movieId());
            counts[i]++;
            sums[i] += r.rating();
            EmbeddingUpdater.apply(embeddings.computeIfAbsent(r.userId(), u -> new float[ItemVectorizer.DIMENSION]),
                    data.vectors()[i], r.rating());
        }
        double perUpdate = (System.nanoTime() - t0) / (double) Math.max(1, replay.size());
        CatalogSnapshot snapshot = new CatalogSnapshot(data.movies(), Arrays.asList(data.vectors()), counts, sums, Instant.EPOCH);
        float[] base = PopularityModel.scores(snapshot);
        Recommender recommender = new Recommender();
        Map<Long, RankedList> lists = new HashMap<>();
        long t1 = System.nanoTime();
        for (long user : data.testUsers()) {
            Map<Long, Double> rated = new LinkedHashMap<>();
            List<BlendFitter.Observation> observations = new ArrayList<>();
            for (Interaction r : data.trainOf(user)) {
                rated.put(r.movieId(), r.rating());
                SparseVector v = data.vectors()[data.indexOf(r.movieId())];
                observations.add(new BlendFitter.Observation(v, base[data.indexOf(r.movieId())], r.rating()));
            }
            float[] e = embeddings.getOrDefault(user, new float[ItemVectorizer.DIMENSION]);
            List<Recommendation> recs = recommender.recommend(snapshot, base, e, rated, BlendFitter.fit(observations),
                    null, RankingMetrics.K, 0);
            lists.put(user, new RankedList(user, recs.stream().mapToLong(x -> x.movie().id()).toArray(),
                    recs.stream().mapToDouble(Recommendation::score).toArray()));
        }
        double perRec = (System.nanoTime() - t1) / (double) Math.max(1, data.testUsers().size());
        return new ModelRun("Seed engine (content + Bayesian popularity)", lists, perUpdate, perRec);
    }
}
