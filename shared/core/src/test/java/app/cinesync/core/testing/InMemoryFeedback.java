package app.cinesync.core.testing;

import app.cinesync.core.recommend.FeedbackRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link FeedbackRepository} in memory, as {@code JdbcFeedbackRepository}: once per member and film, a film gone from the catalog not recorded. */
public final class InMemoryFeedback implements FeedbackRepository {
    private final InMemoryStorage db;
    private final Map<Long, Map<Long, Instant>> dismissed = new HashMap<>();
    private final Map<Long, Map<Long, Instant>> skipped = new HashMap<>();

    InMemoryFeedback(InMemoryStorage db) {
        this.db = db;
    }

    @Override
    public void dismiss(long userId, long movieId, Instant at) {
        record(dismissed, userId, movieId, at);
    }

    @Override
    public List<Dismissal> dismissals(long userId) {
        db.reach();
        synchronized (db.lock) {
            return dismissed.getOrDefault(userId, Map.of()).entrySet().stream().map(e -> new Dismissal(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Dismissal::at).thenComparingLong(Dismissal::movieId)).toList();
        }
    }

    @Override
    public void skip(long userId, long movieId, Instant at) {
        record(skipped, userId, movieId, at);
    }

    @Override
    public Set<Long> skipped(long userId) {
        db.reach();
        synchronized (db.lock) {
            return Set.copyOf(skipped.getOrDefault(userId, Map.of()).keySet());
        }
    }

    private void record(Map<Long, Map<Long, Instant>> table, long userId, long movieId, Instant at) {
        db.reach();
        synchronized (db.lock) {
            if (db.movies.exists(movieId)) {
                table.computeIfAbsent(userId, k -> new HashMap<>()).putIfAbsent(movieId, at);
            }
        }
    }
}
