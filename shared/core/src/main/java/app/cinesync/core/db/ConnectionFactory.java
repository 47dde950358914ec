package app.cinesync.core.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new physical connection: plain JDBC URL locally, an IAM auth token on RDS. */
@FunctionalInterface
public interface ConnectionFactory {
    Connection open() throws SQLException;
}
