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
 * {@link ModelRepository} on PostgreSQL: {@code model_versions} and {@code model_item_weights}, and
 * the {@code ratings} a training run reads.
 */
public final class JdbcModelRepository implements ModelRepository {
    private static final int BATCH = 200;
    private final Database db;

    public JdbcModelRepository(Database db) {
        this.db = db;
    }

    /** Versions retired before the previous one are deleted. */
    @Override
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
                "INSERT INTO model_item_weights (version, row_index, movie_id, weights, rating_entropy) VALUES (?, ?, ?, ?, ?)")) {
            for (int j = 0; j < model.size(); j++) {
                ps.setLong(1, version);
                ps.setInt(2, j);
                ps.setLong(3, model.itemIds()[j]);
                ps.setBytes(4, FloatCodec.encode(model.row(j)));
                ps.setFloat(5, model.ratingEntropy()[j]);
                ps.addBatch();
                if ((j + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<Long> activeVersion() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM model_versions WHERE status = 'active'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    @Override
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
        float[] entropy = new float[n];
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT row_index, movie_id, weights, rating_entropy FROM model_item_weights WHERE version = ? ORDER BY row_index")) {
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
                    entropy[j] = rs.getFloat(4);
                    rows++;
                }
            }
        }
        if (rows != n) {
            throw new IllegalStateException("model " + version + " has " + rows + " rows, expected " + n);
        }
        return new EaseModel(version, ids, weights, entropy, config, trainedOn);
    }

    @Override
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
