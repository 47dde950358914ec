package app.cinesync.core.eval;

import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.HybridParams;
import app.cinesync.core.model.HybridScorer;
import app.cinesync.core.model.ItemPopularity;
import app.cinesync.core.model.MemberState;
import app.cinesync.core.model.MemberWeightFitter;
import app.cinesync.core.model.MemberWeights;
import app.cinesync.core.model.Rated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays the train ratings in timestamp order through the hybrid's online code, exactly as the
 * rating handler would apply them: each rating updates the film's popularity and trend
 * ({@link ItemPopularity}) and the member's state ({@link MemberState}: collaborative fold-in and
 * content embedding). Right after a test user's last train rating, their top-k is taken from their
 * state at that moment, with their own blend ({@link MemberWeightFitter}) or the default one.
 * The cold-start lists are taken from a fresh state fed with only the user's first n train ratings
 * (every train film of the user still excluded).
 * <p>Both the full-profile lists and the cold-start lists rank with ONE popularity signal P: the
 * counts at the end of train, i.e. the same train counts {@link MostPopular} ranks by (and what
 * production does: {@code HybridRanking} uses the current counts). So the tuner's full-profile guard
 * and the cold-start curve measure the same signal (the cold-start weight kappa(n) multiplies P).
 * The trend T is taken at the ranking moment: the user's last train rating for the full-profile
 * lists, the end of train for the cold-start lists. No test row is read.
 */
public final class HybridRun {
    /** The main run and, per n, the cold-start lists. */
    public record Result(ModelRun run, Map<Integer, Map<Long, RankedList>> coldStart) {
    }

    private HybridRun() {
    }

    public static Result run(String name, EvalData data, EaseModel model, HybridParams params, boolean fitMembers,
                             int... coldStartNs) {
        return replay(List.of(name), data, model, params, List.of(params.weights()), fitMembers, coldStartNs).getFirst();
    }

    /**
     * One replay, ranked with each of several fixed blends (for choosing the blend on a
     * validation split): one result per blend, cold-start lists only in the first.
     */
    public static List<Result> runEach(EvalData data, EaseModel model, HybridParams params, List<MemberWeights> blends) {
        List<String> names = blends.stream().map(MemberWeights::toString).toList();
        return replay(names, data, model, params, blends, false);
    }

    private static List<Result> replay(List<String> names, EvalData data, EaseModel model, HybridParams params,
                                       List<MemberWeights> blends, boolean fitMembers, int... coldStartNs) {
        HybridScorer scorer = new HybridScorer(model, params, data.ids(), data.vectors());
        ItemPopularity popularity = new ItemPopularity(data.ids().length, params.trendHalfLife());
        List<Interaction> replay = new ArrayList<>(data.train());
        replay.sort(Interaction.REPLAY_ORDER);
        Set<Long> testUsers = new HashSet<>(data.testUsers());
        Map<Long, Integer> last = new HashMap<>();
        for (int k = 0; k < replay.size(); k++) {
            last.put(replay.get(k).userId(), k);
        }
        // The one popularity signal: counts at the end of train (as MostPopular); trend at the end for cold starts.
        ItemPopularity end = new ItemPopularity(data.ids().length, params.trendHalfLife());
        for (Interaction r : replay) {
            end.observe(data.indexOf(r.movieId()), r.timestamp());
        }
        double[] pop = end.popularity();
        double[] trend = replay.isEmpty() ? new double[data.ids().length] : end.trend(replay.getLast().timestamp());
        Map<Long, MemberState> members = new HashMap<>();
        List<Map<Long, RankedList>> lists = new ArrayList<>();
        blends.forEach(b -> lists.add(new HashMap<>()));
        Map<Integer, Map<Long, RankedList>> cold = new TreeMap<>();
        long updateNanos = 0;
        long recommendNanos = 0;
        for (int k = 0; k < replay.size(); k++) {
            Interaction r = replay.get(k);
            long t0 = System.nanoTime();
            popularity.observe(data.indexOf(r.movieId()), r.timestamp());
            MemberState m = members.computeIfAbsent(r.userId(), u -> scorer.newMember());
            scorer.apply(m, r.movieId(), r.rating());
            updateNanos += System.nanoTime() - t0;
            if (last.get(r.userId()) != k || !testUsers.contains(r.userId())) {
                continue;
            }
            long t1 = System.nanoTime();
            double[] trendNow = popularity.trend(r.timestamp());
            for (int b = 0; b < blends.size(); b++) {
                MemberWeights w = fitMembers ? MemberWeightFitter.fit(scorer, data.trainOf(r.userId()).stream()
                        .map(x -> new Rated(x.movieId(), x.rating())).toList(), pop, trendNow) : blends.get(b);
                lists.get(b).put(r.userId(), Evaluator.list(r.userId(), scorer.score(m, pop, trendNow, w), data));
                if (b == 0) {
                    recommendNanos += System.nanoTime() - t1;
                }
            }
        }
        if (coldStartNs.length > 0 && !replay.isEmpty()) {
            for (int n : coldStartNs) {
                Map<Long, RankedList> byUser = new HashMap<>();
                for (long user : lists.getFirst().keySet()) {
                    byUser.put(user, coldList(data, scorer, user, n, pop, trend));
                }
                cold.put(n, byUser);
            }
        }
        int users = Math.max(1, lists.getFirst().size());
        List<Result> out = new ArrayList<>();
        for (int b = 0; b < blends.size(); b++) {
            out.add(new Result(new ModelRun(names.get(b), lists.get(b), updateNanos / (double) Math.max(1, replay.size()),
                    recommendNanos / (double) users), b == 0 ? cold : Map.of()));
        }
        return out;
    }

    private static RankedList coldList(EvalData data, HybridScorer scorer, long user, int n, double[] pop, double[] trend) {
        List<Interaction> mine = data.trainOf(user);
        MemberState m = scorer.newMember();
        for (Interaction r : mine.subList(0, Math.min(n, mine.size()))) {
            scorer.apply(m, r.movieId(), r.rating());
        }
        double[] s = scorer.score(m, pop, trend, scorer.params().weights());
        for (Interaction r : mine) {
            s[data.indexOf(r.movieId())] = Double.NEGATIVE_INFINITY;
        }
        return Evaluator.list(user, s, data);
    }
}
