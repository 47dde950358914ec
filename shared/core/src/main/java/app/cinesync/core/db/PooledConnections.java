package app.cinesync.core.db;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small bounded pool: enough for the local server (a handful of threads) and for Lambda
 * (size 1: one request at a time per container). A connection that fails validation after
 * being idle is replaced; {@link #close()} drops the idle ones, so a restored SnapStart
 * snapshot opens fresh connections (with fresh auth tokens) instead of reusing dead sockets.
 */
public final class PooledConnections implements ConnectionSource {
    private static final long VALIDATE_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Idle(Connection connection, long since) {
    }

    private final ConnectionFactory factory;
    private final BlockingQueue<Idle> idle;
    private final Semaphore permits;

    public PooledConnections(ConnectionFactory factory, int maxSize) {
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(maxSize);
        this.permits = new Semaphore(maxSize, true);
    }

    @Override
    public Connection borrow() throws SQLException {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new SQLException("no database connection free within 10 s", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted waiting for a connection", "08001");
        }
        try {
            return wrap(healthyOrNew());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection healthyOrNew() throws SQLException {
        Idle candidate;
        while ((candidate = idle.poll()) != null) {
            boolean stale = System.nanoTime() - candidate.since() > VALIDATE_AFTER_IDLE_NANOS;
            if (!stale || candidate.connection().isValid(2)) {
                return candidate.connection();
            }
            quietlyClose(candidate.connection());
        }
        return factory.open();
    }

    /** A proxy whose close() gives the connection back (or discards it when it is broken). */
    private Connection wrap(Connection real) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (!returned[0]) {
                            returned[0] = true;
                            giveBack(real);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed") && returned[0]) {
                        return true;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection real) {
        try {
            boolean reusable = !real.isClosed() && real.getAutoCommit();
            if (!reusable) {
                if (!real.isClosed()) {
                    real.rollback();
                    real.setAutoCommit(true);
                }
            }
            if (real.isClosed() || !idle.offer(new Idle(real, System.nanoTime()))) {
                quietlyClose(real);
            }
        } catch (SQLException e) {
            quietlyClose(real);
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        Idle i;
        while ((i = idle.poll()) != null) {
            quietlyClose(i.connection());
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
