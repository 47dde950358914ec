package app.cinesync.core.db;

import java.sql.SQLException;

/** The database failed (not the member's input). Shown to members as a generic "try again". */
public final class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
        super(cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
