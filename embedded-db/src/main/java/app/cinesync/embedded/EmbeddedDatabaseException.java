package app.cinesync.embedded;

/** The embedded PostgreSQL cannot start; the message says why (PostgreSQL's own words) and what to do. */
public final class EmbeddedDatabaseException extends IllegalStateException {
    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
