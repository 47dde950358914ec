package app.cinesync.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A bounded pool on HikariCP: a handful of connections for the local server, one per Lambda
 * container (one request at a time). Connections come from a {@link ConnectionFactory}, so an
 * RDS IAM token is generated per new connection. Nothing connects before the first borrow, a
 * connection found dead on borrow is replaced, and one that broke while borrowed is dropped.
 * {@link #close()} shuts the pool down with its threads; the next borrow starts a new one, so a
 * restored SnapStart snapshot never reuses a socket or a token from before the snapshot.
 */
public final class PooledConnections implements ConnectionSource {
    private final ConnectionFactory factory;
    private final int maxSize;
    private HikariDataSource pool; // guarded by this

    public PooledConnections(ConnectionFactory factory, int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        this.factory = factory;
        this.maxSize = maxSize;
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool().getConnection();
    }

    private synchronized HikariDataSource pool() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("cinesync-db");
            config.setDataSource(new FactoryDataSource(factory));
            config.setMaximumPoolSize(maxSize);
            config.setMinimumIdle(0); // no background connecting: during an outage only requests try
            config.setConnectionTimeout(DatabaseTimeouts.BORROW.toMillis());
            config.setInitializationFailTimeout(-1); // starting the pool never needs the database
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
