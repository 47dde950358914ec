package app.cinesync.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a borrowed connection, or in a transaction that is committed whole or rolled
 * back whole, so that nothing half-written stays behind. A transaction that loses a
 * serialization or deadlock race is retried (at most three attempts). A database that cannot
 * be reached is reported by an {@link OutageLog}, once per outage, not once per request.
 */
public final class Database implements AutoCloseable {
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final ConnectionSource connections;
    private final OutageLog outages;

    public Database(ConnectionSource connections) {
        this(connections, new OutageLog(Clock.systemUTC(), LoggerFactory.getLogger(Database.class)));
    }

    /** With the outage log given (tests). */
    public Database(ConnectionSource connections, OutageLog outages) {
        this.connections = connections;
        this.outages = outages;
    }

    public <T> T read(Work<T> work) {
        T result;
        try (Connection c = connections.borrow()) {
            result = work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
        outages.succeeded();
        return result;
    }

    /**
     * Commits only when {@code work} returns. Whatever it throws (an {@link Error} such as
     * {@code OutOfMemoryError} or {@code StackOverflowError} included) rolls the transaction back
     * and is rethrown; SQL failures as {@link DataAccessException}.
     */
    public <T> T inTransaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            T result;
            try (Connection c = connections.borrow()) {
                result = once(c, work);
            } catch (SQLException e) {
                if (attempt < 3 && RETRYABLE.contains(e.getSQLState())) {
                    continue;
                }
                throw failure(e);
            }
            outages.succeeded();
            return result;
        }
    }

    /** The exception to throw; an unreachable database is counted by the outage log, which reports it. */
    private DataAccessException failure(SQLException e) {
        DataAccessException failure = new DataAccessException(e);
        if (failure.unavailable()) {
            outages.failed(failure);
        }
        return failure;
    }

    private static <T> T once(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        T result;
        try {
            result = work.run(c);
            c.commit();
        } catch (Throwable failure) {
            undo(c, failure);
            throw failure;
        }
        restoreAutoCommit(c);
        return result;
    }

    /**
     * Rolls back. Only after a rollback that worked is auto-commit restored: restoring it on a
     * connection still inside the transaction would commit the partial work. When the rollback
     * itself fails, the connection is aborted: the server discards the open transaction when the
     * socket closes, and the pool drops the connection.
     */
    private static void undo(Connection c, Throwable failure) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (Throwable rollbackFailed) {
            failure.addSuppressed(rollbackFailed); // the original failure is the one to report
            try {
                c.abort(Runnable::run);
            } catch (Throwable abortFailed) {
                failure.addSuppressed(abortFailed);
            }
        }
    }

    /** After a commit: a connection that broke just now is dropped by the pool when handed back. */
    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the work is committed; the pool notices the broken connection and drops it
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
