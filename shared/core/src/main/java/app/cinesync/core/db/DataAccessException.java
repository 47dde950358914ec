package app.cinesync.core.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** The database failed (not the member's input). Shown to members as a generic "try again". */
public final class DataAccessException extends RuntimeException {
    /** Server shutting down or crashed, cannot connect now, too many connections, statement timeout. */
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300", "57014");

    public DataAccessException(SQLException cause) {
        super(cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }

    /**
     * The database could not be reached or did not answer in time (connection failures, class
     * 08; shutdowns; timeouts), as opposed to a statement it refused: an outage, not a bug.
     */
    public boolean unavailable() {
        SQLException e = (SQLException) getCause();
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || state != null && (state.startsWith("08") || UNAVAILABLE.contains(state));
    }
}
