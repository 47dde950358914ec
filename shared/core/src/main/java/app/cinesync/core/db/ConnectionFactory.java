package app.cinesync.core.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens a new physical connection: plain JDBC URL locally, an IAM auth token on RDS. */
@FunctionalInterface
public interface ConnectionFactory {
    Connection open() throws SQLException;

    /** Plain JDBC to {@code url} (credentials, if any, in the URL) with these timeouts: the embedded PostgreSQL, tests. */
    static ConnectionFactory jdbc(String url, DatabaseTimeouts timeouts) {
        return jdbc(url, new Properties(), timeouts);
    }

    /** Plain JDBC to {@code url}, logging in with {@code credentials} ({@code user}, {@code password}), with these timeouts. */
    static ConnectionFactory jdbc(String url, Properties credentials, DatabaseTimeouts timeouts) {
        Properties given = (Properties) credentials.clone();
        return () -> DriverManager.getConnection(url, timeouts.applyTo((Properties) given.clone()));
    }
}
