package app.cinesync.core.rating;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.FloatCodec;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.TasteVector;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link RatingRepository} on PostgreSQL. */
public final class JdbcRatingRepository implements RatingRepository {
    private static final byte[] EMPTY = FloatCodec.encode(TasteVector.empty());

    private final Database db;

    public JdbcRatingRepository(Database db) {
        this.db = db;
    }

    @Override
    public RateOutcome rate(long userId, long movieId, Stars stars, Instant at, SparseVector itemVector, Long interactionId) {
        return db.inTransaction(c -> {
            if (interactionId != null && !firstTime(c, interactionId, userId)) {
                return RateOutcome.alreadyApplied(previous(c, userId, movieId), count(c, userId), updateCount(c, userId));
            }
            // 1. The member's embedding row is the lock that serializes their ratings.
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO user_embeddings (discord_user_id, dimension, embedding) VALUES (?, ?, ?)
                    ON CONFLICT (discord_user_id) DO NOTHING""")) {
                ps.setLong(1, userId);
                ps.setShort(2, (short) TasteVector.STATE);
                ps.setBytes(3, EMPTY);
                ps.executeUpdate();
            }
            float[] taste;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT embedding FROM user_embeddings WHERE discord_user_id = ? FOR UPDATE")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    taste = FloatCodec.decode(rs.getBytes(1));
                }
            }
            if (taste.length != TasteVector.STATE) { // stored before the taste vector: rebuilt from the ratings, once
                taste = rebuild(c, userId);
            }
            // 2. The rating itself, replacing an earlier one; the same stars again change nothing (not
            //    even when it was rated: that would count an old film as watched lately).
            Stars previous = previous(c, userId, movieId);
            if (stars.equals(previous)) {
                return RateOutcome.applied(previous, stars, count(c, userId), updateCount(c, userId));
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO ratings (discord_user_id, movie_id, rating, rated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (discord_user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = EXCLUDED.rated_at, source = 'discord'""")) {
                ps.setLong(1, userId);
                ps.setLong(2, movieId);
                ps.setBigDecimal(3, BigDecimal.valueOf(stars.value()));
                ps.setTimestamp(4, Timestamp.from(at));
                ps.executeUpdate();
            }
            // 3. The film's popularity counters.
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE movies SET rating_count = rating_count + ?, rating_sum = rating_sum + ? WHERE movie_id = ?")) {
                ps.setInt(1, previous == null ? 1 : 0);
                ps.setBigDecimal(2, BigDecimal.valueOf(stars.value() - (previous == null ? 0 : previous.value())));
                ps.setLong(3, movieId);
                ps.executeUpdate();
            }
            // 4. Learn.
            if (previous == null) {
                TasteVector.add(taste, itemVector, stars.value());
            } else {
                TasteVector.rerate(taste, itemVector, previous.value(), stars.value());
            }
            long updates;
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE user_embeddings SET dimension = ?, embedding = ?, update_count = update_count + 1, updated_at = now()
                    WHERE discord_user_id = ? RETURNING update_count""")) {
                ps.setShort(1, (short) TasteVector.STATE);
                ps.setBytes(2, FloatCodec.encode(taste));
                ps.setLong(3, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    updates = rs.getLong(1);
                }
            }
            return RateOutcome.applied(previous, stars, count(c, userId), updates);
        });
    }

    /** The taste state of the member's stored ratings (before the one being applied). */
    private static float[] rebuild(Connection c, long userId) throws SQLException {
        float[] taste = TasteVector.empty();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT r.rating, v.vector FROM ratings r JOIN item_vectors v USING (movie_id) WHERE r.discord_user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TasteVector.add(taste, SparseVector.of(FloatCodec.decode(rs.getBytes(2))), rs.getDouble(1));
                }
            }
        }
        return taste;
    }

    /** Records the interaction; false when it was recorded before (a redelivery). */
    private static boolean firstTime(Connection c, long interactionId, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO applied_interactions (interaction_id, discord_user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, interactionId);
            ps.setLong(2, userId);
            return ps.executeUpdate() == 1;
        }
    }

    private static long updateCount(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(update_count), 0) FROM user_embeddings WHERE discord_user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Stars previous(Connection c, long userId, long movieId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rating FROM ratings WHERE discord_user_id = ? AND movie_id = ?")) {
            ps.setLong(1, userId);
            ps.setLong(2, movieId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Stars(rs.getBigDecimal(1).doubleValue()) : null;
            }
        }
    }

    private static int count(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM ratings WHERE discord_user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public List<Rating> ratingsOf(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT movie_id, rating, rated_at FROM ratings WHERE discord_user_id = ? ORDER BY rated_at DESC, movie_id")) {
                ps.setLong(1, userId);
                List<Rating> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Rating(userId, rs.getLong(1), new Stars(rs.getBigDecimal(2).doubleValue()), rs.getTimestamp(3).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<UserEmbedding> embedding(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT embedding, update_count FROM user_embeddings WHERE discord_user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new UserEmbedding(userId, FloatCodec.decode(rs.getBytes(1)), rs.getLong(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<Long, Double> othersMeans(long userId, int minOtherMembers) {
        return db.read(c -> {
            // one rating per (member, film), so count(*) counts distinct other members
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT mine.movie_id, avg(other.rating)
                    FROM ratings mine JOIN ratings other ON other.movie_id = mine.movie_id AND other.discord_user_id <> mine.discord_user_id
                    WHERE mine.discord_user_id = ? GROUP BY mine.movie_id HAVING count(*) >= ?""")) {
                ps.setLong(1, userId);
                ps.setInt(2, minOtherMembers);
                Map<Long, Double> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getDouble(2));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int forgetAppliedInteractionsBefore(Instant cutoff) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM applied_interactions WHERE applied_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Instant> lastRatedAt(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(rated_at) FROM ratings WHERE discord_user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Timestamp t = rs.getTimestamp(1);
                    return Optional.ofNullable(t).map(Timestamp::toInstant);
                }
            }
        });
    }

    @Override
    public boolean othersRated(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM ratings WHERE discord_user_id <> ?)")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    /**
     * Community ratings imported in the caller's transaction (MovieLens-format files): each stored
     * or replaced with source {@code import}, in batches; {@link #finish()} then brings every film's
     * rating counters in step with its ratings. Imported ratings teach the popularity and the
     * collaborative model, not any member's embedding, and belong to no Discord member.
     */
    public static final class Import implements AutoCloseable {
        private static final int BATCH = 5000;

        /**
         * The member id an imported user's ratings are stored under: minus their id, which no Discord
         * snowflake is, so that a Discord member never finds an imported user's ratings as their own.
         */
        public static long memberOf(long importedUserId) {
            if (importedUserId <= 0) {
                throw new IllegalArgumentException("an imported user id is positive: " + importedUserId);
            }
            return -importedUserId;
        }

        private final Connection c;
        private final PreparedStatement insert;
        private int pending;

        public Import(Connection c) throws SQLException {
            this.c = c;
            this.insert = c.prepareStatement("""
                    INSERT INTO ratings (discord_user_id, movie_id, rating, source, rated_at) VALUES (?, ?, ?, 'import', ?)
                    ON CONFLICT (discord_user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = EXCLUDED.rated_at""");
        }

        /** Stores one imported rating of MovieLens user {@code userId} (positive), under {@link #memberOf(long)}. */
        public void add(long userId, long movieId, double stars, Instant at) throws SQLException {
            insert.setLong(1, memberOf(userId));
            insert.setLong(2, movieId);
            insert.setBigDecimal(3, BigDecimal.valueOf(stars));
            insert.setTimestamp(4, Timestamp.from(at));
            insert.addBatch();
            if (++pending % BATCH == 0) {
                insert.executeBatch();
            }
        }

        /** Stores what is pending and recounts every film whose counters differ from its ratings. */
        public void finish() throws SQLException {
            insert.executeBatch();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        UPDATE movies m SET rating_count = s.n, rating_sum = s.total
                        FROM (SELECT movie_id, count(r.rating) AS n, coalesce(sum(r.rating), 0) AS total
                              FROM movies LEFT JOIN ratings r USING (movie_id) GROUP BY movie_id) s
                        WHERE m.movie_id = s.movie_id AND (m.rating_count, m.rating_sum) IS DISTINCT FROM (s.n, s.total)""");
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
