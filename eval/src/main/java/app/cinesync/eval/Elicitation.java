package app.cinesync.eval;

import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.QuickRate;
import app.cinesync.core.recommend.Recommender;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The onboarding simulation: which five ratings teach the model most? Each test user with at least
 * {@value #ANSWERS} train ratings gives five, chosen three ways, and is then ranked from those five
 * alone (their other train films still excluded, as in the cold-start curve):
 * <ul>
 *   <li>first: their first five train ratings in time order;</li>
 *   <li>random: five of their train ratings drawn at random (seeded by the user);</li>
 *   <li>elicited: {@link QuickRate} asks, one film at a time, re-planned after every answer; it can
 *       only ask about films the user rated in train (those they would have answered; the others they
 *       would have passed over), so each answer is the user's best-scoring unanswered train film and
 *       its stars.</li>
 * </ul>
 * All three are ranked as of the same moment, the user's fifth train rating: onboarding happens when a
 * member joins, whichever five films they rate, so what the community was rating lately is that of
 * their first days for every choice.
 */
public final class Elicitation {
    public static final int ANSWERS = 5;

    /** The three runs. */
    public record Result(ModelRun first, ModelRun random, ModelRun elicited) {
    }

    private Elicitation() {
    }

    public static Result run(EvalData data, Recommender recommender, QuickRate quickRate) {
        Map<Long, RankedList> first = new HashMap<>();
        Map<Long, RankedList> random = new HashMap<>();
        Map<Long, RankedList> elicited = new HashMap<>();
        for (long user : data.testUsers()) {
            List<Interaction> mine = data.trainOf(user);
            if (mine.size() < ANSWERS) {
                continue;
            }
            long joined = mine.get(ANSWERS - 1).timestamp();
            first.put(user, rankFrom(data, recommender, user, mine.subList(0, ANSWERS)));
            List<Interaction> shuffled = new ArrayList<>(mine);
            Collections.shuffle(shuffled, new Random(user));
            random.put(user, rankFrom(data, recommender, user, at(sortedByTime(shuffled.subList(0, ANSWERS)), joined)));
            List<Interaction> left = new ArrayList<>(mine);
            List<Interaction> answers = new ArrayList<>();
            while (answers.size() < ANSWERS) {
                double[] ask = quickRate.ask(recommender.member(EvalData.historyOf(answers), null));
                Interaction best = left.stream().max(Comparator.comparingDouble((Interaction r) -> ask[data.indexOf(r.movieId())])
                        .thenComparing(Interaction::movieId, Comparator.reverseOrder())).orElseThrow();
                left.remove(best);
                answers.add(new Interaction(user, best.movieId(), best.rating(), joined));
            }
            elicited.put(user, rankFrom(data, recommender, user, answers));
        }
        return new Result(new ModelRun("first 5 in time order", first, 0, 0), new ModelRun("5 at random", random, 0, 0),
                new ModelRun("5 elicited (QuickRate)", elicited, 0, 0));
    }

    /** The same ratings, in the same order, all given at {@code second}. */
    private static List<Interaction> at(List<Interaction> rows, long second) {
        return rows.stream().map(r -> new Interaction(r.userId(), r.movieId(), r.rating(), second)).toList();
    }

    private static List<Interaction> sortedByTime(List<Interaction> rows) {
        List<Interaction> out = new ArrayList<>(rows);
        out.sort(Interaction.USER_TIME_ORDER);
        return out;
    }

    /** The user's list from {@code ratings} alone, every train film of theirs excluded. */
    private static RankedList rankFrom(EvalData data, Recommender recommender, long user, List<Interaction> ratings) {
        Set<Long> given = new HashSet<>();
        ratings.forEach(r -> given.add(r.movieId()));
        Set<Long> rest = new HashSet<>();
        data.trainOf(user).forEach(r -> {
            if (!given.contains(r.movieId())) {
                rest.add(r.movieId());
            }
        });
        return PipelineRun.list(data, recommender, user, new MemberHistory(EvalData.historyOf(ratings).ratings(), rest));
    }
}
