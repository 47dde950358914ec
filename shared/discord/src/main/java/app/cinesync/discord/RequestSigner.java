package app.cinesync.discord;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs requests the way Discord does, for the local demo, the benchmarks and the tests.
 * Production never signs: it only verifies.
 */
public final class RequestSigner {
    private final Ed25519PrivateKeyParameters privateKey;

    public RequestSigner(String privateKeyHex) {
        this.privateKey = new Ed25519PrivateKeyParameters(HexFormat.of().parseHex(privateKeyHex), 0);
    }

    /** A fresh random key pair, for a local server that nobody outside talks to. */
    public static RequestSigner random() {
        return new RequestSigner(HexFormat.of().formatHex(
                new Ed25519PrivateKeyParameters(new SecureRandom()).getEncoded()));
    }

    public String publicKeyHex() {
        return HexFormat.of().formatHex(privateKey.generatePublicKey().getEncoded());
    }

    public String sign(String timestamp, byte[] body) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        signer.update(ts, 0, ts.length);
        signer.update(body, 0, body.length);
        return HexFormat.of().formatHex(signer.generateSignature());
    }
}
