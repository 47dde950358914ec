package app.cinesync.core.recommend;

import app.cinesync.core.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link FeedbackRepository} on PostgreSQL: {@code recommendation_feedback} and {@code quick_rate_skips}. */
public final class JdbcFeedbackRepository implements FeedbackRepository {
    private final Database db;

    public JdbcFeedbackRepository(Database db) {
        this.db = db;
    }

    @Override
    public void dismiss(long userId, long movieId, Instant at) {
        record("""
                INSERT INTO recommendation_feedback (discord_user_id, movie_id, created_at)
                SELECT ?, movie_id, ? FROM movies WHERE movie_id = ? ON CONFLICT DO NOTHING""", userId, movieId, at);
    }

    /** One (member, film, time) row, once, by {@code insert}; a film gone from the catalog is simply not recorded. */
    private void record(String insert, long userId, long movieId, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setLong(1, userId);
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setLong(3, movieId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Dismissal> dismissals(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT movie_id, created_at FROM recommendation_feedback WHERE discord_user_id = ? ORDER BY created_at, movie_id")) {
                ps.setLong(1, userId);
                List<Dismissal> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Dismissal(rs.getLong(1), rs.getTimestamp(2).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void skip(long userId, long movieId, Instant at) {
        record("""
                INSERT INTO quick_rate_skips (discord_user_id, movie_id, created_at)
                SELECT ?, movie_id, ? FROM movies WHERE movie_id = ? ON CONFLICT DO NOTHING""", userId, movieId, at);
    }

    @Override
    public Set<Long> skipped(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT movie_id FROM quick_rate_skips WHERE discord_user_id = ?")) {
                ps.setLong(1, userId);
                Set<Long> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }
}
