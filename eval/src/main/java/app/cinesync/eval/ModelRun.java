package app.cinesync.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The top-k lists one model produced for every test user, and its mean cost: nanoseconds per
 * online update (one replayed train rating) and per recommendation (scoring the whole catalog
 * and taking the top k). Costs are 0 when not measured.
 */
public record ModelRun(String model, Map<Long, RankedList> lists, double nanosPerUpdate, double nanosPerRecommendation) {

    /** The metrics of these lists on the data's test rows under the protocol. */
    public MetricSummary summarize(EvalData data, Protocol protocol) {
        return summarize(data, protocol, user -> true);
    }

    /** The metrics over the test users that {@code who} accepts. */
    public MetricSummary summarize(EvalData data, Protocol protocol, LongPredicate who) {
        MetricSummary.Builder b = new MetricSummary.Builder(model, data.ids().length);
        for (long user : data.testUsers()) {
            if (!who.test(user)) {
                continue;
            }
            Set<Long> relevant = data.relevant(user, protocol);
            RankedList list = lists.get(user);
            List<Long> top = new ArrayList<>();
            if (list != null) {
                for (long id : list.movieIds()) {
                    top.add(id);
                }
            }
            b.add(RankingMetrics.of(top, relevant, RankingMetrics.K), top);
        }
        return b.build();
    }
}
