package app.cinesync.discord;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Checks Discord's {@code X-Signature-Ed25519} over {@code X-Signature-Timestamp + raw body}.
 *
 * <p>Beyond Discord's own rule, a timestamp more than {@link #MAX_SKEW} away from now is refused,
 * so that a captured request cannot be replayed later. Thread-safe: a new signer per call (the
 * Bouncy Castle signer is stateful and cheap to create).
 */
public final class SignatureVerifier {
    /** How far the signing timestamp may be from our clock, either way. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);
    /** Unix seconds stay within 12 digits for the next 30,000 years; a longer one is not a timestamp. */
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private final Ed25519PublicKeyParameters publicKey;
    private final Clock clock;

    public SignatureVerifier(String publicKeyHex, Clock clock) {
        byte[] key;
        try {
            key = HexFormat.of().parseHex(publicKeyHex.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Discord public key must be 64 hex characters", e);
        }
        if (key.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("Discord public key must be 32 bytes (64 hex characters)");
        }
        this.publicKey = new Ed25519PublicKeyParameters(key, 0);
        this.clock = clock;
    }

    /**
     * @throws InvalidSignatureException when any part is missing, malformed, stale or wrong
     */
    public void verify(String signatureHex, String timestamp, byte[] body) {
        if (signatureHex == null || signatureHex.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw new InvalidSignatureException("missing signature headers");
        }
        byte[] signature;
        try {
            signature = HexFormat.of().parseHex(signatureHex.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("signature is not hex");
        }
        if (signature.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            throw new InvalidSignatureException("signature has the wrong length");
        }
        checkFresh(timestamp);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(false, publicKey);
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        signer.update(ts, 0, ts.length);
        signer.update(body, 0, body.length);
        if (!signer.verifySignature(signature)) {
            throw new InvalidSignatureException("signature does not match");
        }
    }

    /**
     * Discord's timestamp is Unix seconds in decimal digits. Anything else, and any number of
     * seconds outside the window, is refused before it is ever turned into a date: a date far
     * enough away (9223372036854775807, 31556889864403200) is not representable and must end
     * in a 401 like any other bad timestamp, not in an exception.
     */
    private void checkFresh(String timestamp) {
        if (timestamp.length() > MAX_TIMESTAMP_DIGITS || !timestamp.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new InvalidSignatureException("timestamp is not a number of seconds");
        }
        long seconds = Long.parseLong(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > MAX_SKEW.toSeconds()) {
            throw new InvalidSignatureException("timestamp is outside the allowed window");
        }
    }
}
