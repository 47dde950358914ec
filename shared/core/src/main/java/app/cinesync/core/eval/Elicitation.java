package app.cinesync.core.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.QuickRate;
import app.cinesync.core.recommend.Recommender;
import java.util.ArrayList;
import java.util.Collections;
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
 *   <li>elicited: {@link QuickRate} offers films {@value QuickRate#SHOWN} at a time; the user rates an
 *       offered film when they rated it in train (with those stars) and skips it otherwise, until
 *       five are rated or {@value #MAX_ASKED} films were offered (they then give fewer).</li>
 * </ul>
 */
public final class Elicitation {
    public static final int ANSWERS = 5;
    public static final int MAX_ASKED = 100;

    /** The three runs, and how many films the elicited run offered and had rated per user. */
    public record Result(ModelRun first, ModelRun random, ModelRun elicited, double meanOffered, double meanAnswered) {
    }

    private Elicitation() {
    }

    public static Result run(EvalData data, Recommender recommender, QuickRate quickRate) {
        Map<Long, RankedList> first = new HashMap<>();
        Map<Long, RankedList> random = new HashMap<>();
        Map<Long, RankedList> elicited = new HashMap<>();
        long offered = 0;
        long answered = 0;
        for (long user : data.testUsers()) {
            List<Interaction> mine = data.trainOf(user);
            if (mine.size() < ANSWERS) {
                continue;
            }
            first.put(user, rankFrom(data, recommender, user, mine.subList(0, ANSWERS)));
            List<Interaction> shuffled = new ArrayList<>(mine);
            Collections.shuffle(shuffled, new Random(user));
            random.put(user, rankFrom(data, recommender, user, sortedByTime(shuffled.subList(0, ANSWERS))));
            Map<Long, Interaction> byFilm = new HashMap<>();
            mine.forEach(r -> byFilm.put(r.movieId(), r));
            List<Interaction> answers = new ArrayList<>();
            Set<Long> asked = new HashSet<>();
            while (answers.size() < ANSWERS && asked.size() < MAX_ASKED) {
                List<Movie> offer = quickRate.next(recommender.member(EvalData.historyOf(answers), null), asked, QuickRate.SHOWN);
                if (offer.isEmpty()) {
                    break;
                }
                for (Movie m : offer) {
                    asked.add(m.id());
                    Interaction r = byFilm.get(m.id());
                    if (r != null) {
                        answers.add(new Interaction(user, m.id(), r.rating(), r.timestamp()));
                        break; // the next offer follows this answer
                    }
                }
            }
            offered += asked.size();
            answered += answers.size();
            elicited.put(user, rankFrom(data, recommender, user, answers));
        }
        double users = Math.max(1, elicited.size());
        return new Result(new ModelRun("first 5 in time order", first, 0, 0), new ModelRun("5 at random", random, 0, 0),
                new ModelRun("5 elicited (QuickRate)", elicited, 0, 0), offered / users, answered / users);
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
