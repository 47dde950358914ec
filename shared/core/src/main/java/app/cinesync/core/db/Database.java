package app.cinesync.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Runs work on a borrowed connection, or in a transaction that is committed whole or rolled
 * back whole, so that nothing half-written stays behind. A transaction that loses a
 * serialization or deadlock race is retried (at most three attempts).
 */
public final class Database implements AutoCloseable {
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final ConnectionSource connections;

    public Database(ConnectionSource connections) {
        this.connections = connections;
    }

    public <T> T read(Work<T> work) {
        try (Connection c = connections.borrow()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connections.borrow()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                    } catch (SQLException rollbackFailed) {
                        e.addSuppressed(rollbackFailed); // the original failure is the one to report
                    }
                    throw e;
                } finally {
                    restoreAutoCommit(c);
                }
            } catch (SQLException e) {
                if (attempt < 3 && RETRYABLE.contains(e.getSQLState())) {
                    continue;
                }
                throw new DataAccessException(e);
            }
        }
    }

    /** A broken connection cannot be reset; the pool discards it when it is handed back. */
    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the pool's give-back notices and drops it
        }
    }

    public ConnectionSource connections() {
        return connections;
    }

    @Override
    public void close() {
        connections.close();
    }
}
