package app.cinesync.core.model;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.FloatCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores trained models ({@code model_versions}, {@code model_item_weights}) and members' hybrid
 * blends (the hybrid columns of {@code user_model_weights}), and reads the ratings a training run
 * learns from.
 */
public final class JdbcModelRepository {
    private static final int BATCH = 200;
    private final Database db;

    public JdbcModelRepository(Database db) {
        this.db = db;
    }

    /**
     * Saves the model as a new version and makes it the active one, retiring the previous, in one
     * transaction; versions retired before the previous one are deleted. Returns the stored model.
     */
    public EaseModel saveAndActivate(EaseModel model, double trainSeconds) {
        long version = db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM model_versions WHERE status = 'retired'");
                st.executeUpdate("UPDATE model_versions SET status = 'retired' WHERE status = 'active'");
            }
            long v;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO model_versions (status, lambda, dropout, min_ratings, film_count, trained_on, train_seconds)
                    VALUES ('active', ?, ?, ?, ?, ?, ?) RETURNING version""")) {
                ps.setDouble(1, model.config().lambda());
                ps.setDouble(2, model.config().dropout());
                ps.setInt(3, model.config().minRatings());
                ps.setInt(4, model.size());
                ps.setInt(5, model.trainedOn());
                ps.setDouble(6, trainSeconds);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    v = rs.getLong(1);
                }
            }
            insertRows(c, v, model);
            return v;
        });
        return model.withVersion(version);
    }

    private static void insertRows(Connection c, long version, EaseModel model) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO model_item_weights (version, row_index, movie_id, weights) VALUES (?, ?, ?, ?)")) {
            for (int j = 0; j < model.size(); j++) {
                ps.setLong(1, version);
                ps.setInt(2, j);
                ps.setLong(3, model.itemIds()[j]);
                ps.setBytes(4, FloatCodec.encode(model.row(j)));
                ps.addBatch();
                if ((j + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The active model's version, without loading it (a cheap check for caches). */
    public Optional<Long> activeVersion() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM model_versions WHERE status = 'active'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The active model, if one was ever trained. */
    public Optional<EaseModel> active() {
        return db.inTransaction(c -> { // a transaction, so that the fetch size streams the rows
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT version, lambda, dropout, min_ratings, film_count, trained_on
                    FROM model_versions WHERE status = 'active'""");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(1);
                EaseConfig config = new EaseConfig(rs.getDouble(2), rs.getDouble(3), rs.getInt(4));
                return Optional.of(load(c, version, rs.getInt(5), config, rs.getInt(6)));
            }
        });
    }

    private static EaseModel load(Connection c, long version, int n, EaseConfig config, int trainedOn) throws SQLException {
        long[] ids = new long[n];
        float[] weights = new float[n * n];
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT row_index, movie_id, weights FROM model_item_weights WHERE version = ? ORDER BY row_index")) {
            ps.setLong(1, version);
            ps.setFetchSize(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int j = rs.getInt(1);
                    float[] row = FloatCodec.decode(rs.getBytes(3));
                    if (j != rows || row.length != n) {
                        throw new IllegalStateException("model " + version + " is incomplete at row " + j);
                    }
                    ids[j] = rs.getLong(2);
                    System.arraycopy(row, 0, weights, j * n, n);
                    rows++;
                }
            }
        }
        if (rows != n) {
            throw new IllegalStateException("model " + version + " has " + rows + " rows, expected " + n);
        }
        return new EaseModel(version, ids, weights, config, trainedOn);
    }

    /** Every stored rating (all sources), oldest first, for training. */
    public List<Observation> allRatings() {
        return db.inTransaction(c -> { // a transaction, so that the fetch size streams the rows
            List<Observation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT discord_user_id, movie_id, rating, extract(epoch FROM rated_at)::bigint
                    FROM ratings ORDER BY rated_at, discord_user_id, movie_id""")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Observation(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Stores a member's fitted hybrid blend. A member without a row yet gets one whose seed
     * columns are the same blend folded in two: personal = (collab + content) / sum, base = the rest.
     */
    public void saveWeights(long memberId, MemberWeights w, int fittedOn, long modelVersion) {
        double sum = w.collab() + w.popularity() + w.trend() + w.content();
        double personal = sum == 0 ? 0.5 : (w.collab() + w.content()) / sum;
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO user_model_weights (discord_user_id, personal_weight, base_weight, fitted_on, collab_weight,
                        popularity_weight, trend_weight, content_weight, model_version, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                    ON CONFLICT (discord_user_id) DO UPDATE SET collab_weight = EXCLUDED.collab_weight,
                        popularity_weight = EXCLUDED.popularity_weight, trend_weight = EXCLUDED.trend_weight,
                        content_weight = EXCLUDED.content_weight, model_version = EXCLUDED.model_version,
                        fitted_on = EXCLUDED.fitted_on, updated_at = now()
                    WHERE user_model_weights.fitted_on <= EXCLUDED.fitted_on""")) {
                double[] v = {personal, 1 - personal};
                ps.setLong(1, memberId);
                ps.setDouble(2, v[0]);
                ps.setDouble(3, v[1]);
                ps.setInt(4, fittedOn);
                ps.setDouble(5, w.collab());
                ps.setDouble(6, w.popularity());
                ps.setDouble(7, w.trend());
                ps.setDouble(8, w.content());
                ps.setObject(9, modelVersion > 0 ? modelVersion : null);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A member's fitted hybrid blend, if any. */
    public Optional<MemberWeights> weights(long memberId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT collab_weight, popularity_weight, trend_weight, content_weight
                    FROM user_model_weights WHERE discord_user_id = ? AND collab_weight IS NOT NULL""")) {
                ps.setLong(1, memberId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new MemberWeights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
                            rs.getDouble(4))) : Optional.empty();
                }
            }
        });
    }

    /** Number of stored versions (active and retired). */
    public int versionCount() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM model_versions")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

}
