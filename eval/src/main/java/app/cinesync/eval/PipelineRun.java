package app.cinesync.eval;

import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.Recommender;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks with the production pipeline ({@link Recommender}) exactly as {@code /my_recommendations}
 * does: each test user is a member whose history is their train ratings in time order (the
 * content embedding replayed from it, as the rating handler builds it rating by rating), over a
 * catalog whose popularity is the train counts.
 */
public final class PipelineRun {
    private PipelineRun() {
    }

    /** Every test user's top-10 from all their train ratings, with the mean cost of one recommendation. */
    public static ModelRun run(String name, EvalData data, Recommender recommender) {
        Map<Long, RankedList> lists = new HashMap<>();
        long t0 = System.nanoTime();
        for (long user : data.testUsers()) {
            lists.put(user, list(data, recommender, user, data.history(user)));
        }
        double perRec = (System.nanoTime() - t0) / (double) Math.max(1, data.testUsers().size());
        return new ModelRun(name, lists, 0, perRec);
    }

    /**
     * The cold-start lists: each test user keeps only their first {@code n} train ratings (time
     * order); their other train films stay excluded, so the candidates are those of {@link #run}.
     */
    public static Map<Long, RankedList> coldStart(EvalData data, Recommender recommender, int n) {
        Map<Long, RankedList> lists = new HashMap<>();
        for (long user : data.testUsers()) {
            List<Interaction> mine = data.trainOf(user);
            Set<Long> rest = new HashSet<>();
            mine.subList(Math.min(n, mine.size()), mine.size()).forEach(r -> rest.add(r.movieId()));
            MemberHistory first = EvalData.historyOf(mine.subList(0, Math.min(n, mine.size())));
            lists.put(user, list(data, recommender, user, new MemberHistory(first.ratings(), rest)));
        }
        return lists;
    }

    static RankedList list(EvalData data, Recommender recommender, long user, MemberHistory history) {
        var member = recommender.member(history, null);
        return Evaluator.list(user, recommender.top(member, RankingMetrics.K), recommender.scores(member), data);
    }
}
