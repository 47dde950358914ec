package app.cinesync.core.db;

import java.time.Duration;
import java.util.Properties;

/**
 * How long any database call may take, the same locally as in AWS, so that a hung or
 * unreachable database ends in a clear "try again" well within a Lambda function's 20 s and
 * Discord's reply window, instead of a request that waits forever.
 */
public final class DatabaseTimeouts {
    /** Opening the TCP connection. */
    public static final Duration CONNECT = Duration.ofSeconds(5);
    /** Waiting for the server's answer on an open connection (a dead server or network). */
    public static final Duration SOCKET = Duration.ofSeconds(8);
    /**
     * One statement, cancelled by the server itself: shorter than {@link #SOCKET}, so a slow
     * query ends with a clean error (SQLState 57014) on a connection that stays usable.
     */
    public static final Duration STATEMENT = Duration.ofSeconds(5);
    /** Waiting for a free pooled connection (or for a new one to open). */
    public static final Duration BORROW = Duration.ofSeconds(5);

    private DatabaseTimeouts() {
    }

    /**
     * The PostgreSQL JDBC driver's properties for these timeouts, added to {@code props}.
     * {@code statement_timeout} travels as a startup option of the session.
     */
    public static Properties applyTo(Properties props) {
        props.setProperty("connectTimeout", Long.toString(CONNECT.toSeconds()));
        props.setProperty("socketTimeout", Long.toString(SOCKET.toSeconds()));
        props.setProperty("options", "-c statement_timeout=" + STATEMENT.toMillis());
        return props;
    }
}
