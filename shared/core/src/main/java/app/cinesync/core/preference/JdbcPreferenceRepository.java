package app.cinesync.core.preference;

import app.cinesync.core.db.Database;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/** {@link PreferenceRepository} on PostgreSQL, the lists and behaviour as JSONB. */
public final class JdbcPreferenceRepository implements PreferenceRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Affinity>> AFFINITIES = new TypeReference<>() {
    };

    private final Database db;

    public JdbcPreferenceRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(PreferenceProfile p) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO user_preferences (discord_user_id, favorite_genres, favorite_directors, favorite_actors,
                      favorite_decades, rating_behavior, diversity_score, ratings_analyzed, last_rating_at, computed_at)
                    VALUES (?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
                    ON CONFLICT (discord_user_id) DO UPDATE SET favorite_genres = EXCLUDED.favorite_genres,
                      favorite_directors = EXCLUDED.favorite_directors, favorite_actors = EXCLUDED.favorite_actors,
                      favorite_decades = EXCLUDED.favorite_decades, rating_behavior = EXCLUDED.rating_behavior,
                      diversity_score = EXCLUDED.diversity_score, ratings_analyzed = EXCLUDED.ratings_analyzed,
                      last_rating_at = EXCLUDED.last_rating_at, computed_at = EXCLUDED.computed_at
                    WHERE user_preferences.last_rating_at IS NULL OR EXCLUDED.last_rating_at IS NULL
                       OR user_preferences.last_rating_at <= EXCLUDED.last_rating_at""")) {
                ps.setLong(1, p.userId());
                ps.setString(2, json(p.genres()));
                ps.setString(3, json(p.directors()));
                ps.setString(4, json(p.actors()));
                ps.setString(5, json(p.decades()));
                ps.setString(6, json(p.behavior()));
                ps.setObject(7, p.diversity(), Types.DOUBLE);
                ps.setInt(8, p.ratingsAnalyzed());
                ps.setTimestamp(9, p.lastRatingAt() == null ? null : Timestamp.from(p.lastRatingAt()));
                ps.setTimestamp(10, Timestamp.from(p.computedAt()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<PreferenceProfile> find(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT favorite_genres, favorite_directors, favorite_actors, favorite_decades, rating_behavior,
                           diversity_score, ratings_analyzed, last_rating_at, computed_at
                    FROM user_preferences WHERE discord_user_id = ?""")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    double d = rs.getDouble(6);
                    Double diversity = rs.wasNull() ? null : d;
                    Timestamp last = rs.getTimestamp(8);
                    return Optional.of(new PreferenceProfile(userId, JSON.readValue(rs.getString(1), AFFINITIES),
                            JSON.readValue(rs.getString(2), AFFINITIES), JSON.readValue(rs.getString(3), AFFINITIES),
                            JSON.readValue(rs.getString(4), AFFINITIES), JSON.readValue(rs.getString(5), RatingBehavior.class),
                            diversity, rs.getInt(7), last == null ? null : last.toInstant(), rs.getTimestamp(9).toInstant()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("stored profile of " + userId + " is unreadable", e);
                }
            }
        });
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
