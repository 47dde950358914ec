package app.cinesync.core.db;

import java.time.Duration;
import java.util.Properties;

/**
 * How long database calls may take, per kind of work, the same locally as in AWS: a hung or
 * unreachable database ends in a clear answer instead of a wait without end.
 *
 * @param connect   opening the TCP connection
 * @param socket    waiting for the server's answer on an open connection (a dead server or network)
 * @param statement one statement, cancelled by the server itself (SQLState 57014) on a connection
 *                  that stays usable; shorter than {@code socket}; null for none
 */
public record DatabaseTimeouts(Duration connect, Duration socket, Duration statement) {
    /**
     * A member is waiting (serve, demo; Rate-, Recommend-, StatsFunction in AWS, whose socket
     * timeout is the same 8 s): well within a function's 20 s and a reply's patience.
     */
    public static final DatabaseTimeouts REQUEST = new DatabaseTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(8), Duration.ofSeconds(5));
    /** Import, training, migrations: long statements by design; bounded only against a dead server (as TrainFunction in AWS). */
    public static final DatabaseTimeouts BATCH = new DatabaseTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(840), null);
    /** Waiting for a free pooled connection (or for a new one to open). */
    public static final Duration BORROW = Duration.ofSeconds(5);

    /**
     * The PostgreSQL JDBC driver's properties for these timeouts, added to {@code props}.
     * {@code statement_timeout} travels as a startup option of the session.
     */
    public Properties applyTo(Properties props) {
        props.setProperty("connectTimeout", Long.toString(connect.toSeconds()));
        props.setProperty("socketTimeout", Long.toString(socket.toSeconds()));
        if (statement != null) {
            props.setProperty("options", "-c statement_timeout=" + statement.toMillis());
        }
        return props;
    }
}
