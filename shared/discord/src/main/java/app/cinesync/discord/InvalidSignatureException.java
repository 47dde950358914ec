package app.cinesync.discord;

/** A request whose Ed25519 signature, signing timestamp or headers do not check out: answered with 401. */
public final class InvalidSignatureException extends RuntimeException {
    public InvalidSignatureException(String reason) {
        super(reason);
    }
}
