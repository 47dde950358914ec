package app.cinesync.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Per-user 80/20 splits as in {@code ml-latest-small-splits/README.md}. For each user with
 * {@code n} ratings, {@code t = max(1, round(n * testShare))} ratings go to test when
 * {@code n >= 5}; users with fewer than 5 ratings keep all of them in train.
 * <ul>
 *   <li>{@link #random}: the user's ratings are shuffled ({@link java.util.Random} seeded with
 *       {@code seed + userId}, so not numpy's stream: the same protocol, not the same rows) and the
 *       last {@code t} go to test;</li>
 *   <li>{@link #temporal}: the user's ratings are sorted by (timestamp, movieId) and the last
 *       {@code t} go to test.</li>
 * </ul>
 * Also used to carve a validation split out of train for choosing hyper-parameters.
 */
public final class Splitter {
    public static final int MIN_RATINGS = 5;

    private Splitter() {
    }

    public static Split random(List<Interaction> ratings, double testShare, long seed) {
        return split(ratings, testShare, (user, rows) -> Collections.shuffle(rows, new Random(seed + user)));
    }

    public static Split temporal(List<Interaction> ratings, double testShare) {
        return split(ratings, testShare, (user, rows) -> rows.sort(Interaction.USER_TIME_ORDER));
    }

    public static Split of(Protocol protocol, List<Interaction> ratings, double testShare, long seed) {
        return protocol == Protocol.RANDOM ? random(ratings, testShare, seed) : temporal(ratings, testShare);
    }

    /** How many of {@code n} ratings go to test. */
    public static int testCount(int n, double testShare) {
        return n < MIN_RATINGS ? 0 : Math.max(1, (int) Math.round(n * testShare));
    }

    private interface Order {
        void arrange(long user, List<Interaction> rows);
    }

    private static Split split(List<Interaction> ratings, double testShare, Order order) {
        Map<Long, List<Interaction>> byUser = byUser(ratings);
        List<Interaction> train = new ArrayList<>();
        List<Interaction> test = new ArrayList<>();
        for (Map.Entry<Long, List<Interaction>> e : byUser.entrySet()) {
            List<Interaction> rows = e.getValue();
            rows.sort(Interaction.USER_TIME_ORDER); // a fixed start, whatever the input order
            order.arrange(e.getKey(), rows);
            int t = testCount(rows.size(), testShare);
            train.addAll(rows.subList(0, rows.size() - t));
            test.addAll(rows.subList(rows.size() - t, rows.size()));
        }
        return new Split(train, test);
    }

    /** Rows grouped by user, users in first-seen order, each list mutable. */
    public static Map<Long, List<Interaction>> byUser(List<Interaction> ratings) {
        Map<Long, List<Interaction>> byUser = new LinkedHashMap<>();
        for (Interaction r : ratings) {
            byUser.computeIfAbsent(r.userId(), u -> new ArrayList<>()).add(r);
        }
        return byUser;
    }
}
