package app.cinesync.discord;

/** A signed request whose body is not an interaction we can read: answered with 400. */
public final class MalformedInteractionException extends RuntimeException {
    public MalformedInteractionException(String reason) {
        super(reason);
    }

    public MalformedInteractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
