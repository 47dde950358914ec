package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {
    private static final long NOW = 1_780_000_000L;
    private final RequestSigner signer = RequestSigner.random();
    private final SignatureVerifier verifier = new SignatureVerifier(signer.publicKeyHex(), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    private final byte[] body = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void verify_acceptsDiscordsSignatureOverTimestampAndBody() {
        String ts = Long.toString(NOW);
        assertThatCode(() -> verifier.verify(signer.sign(ts, body), ts, body)).doesNotThrowAnyException();
    }

    @Test
    void verify_refusesATamperedBodyAnotherKeyAnotherTimestampOrMissingHeaders() {
        String ts = Long.toString(NOW);
        String sig = signer.sign(ts, body);
        byte[] tampered = "{\"type\":2}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verifier.verify(sig, ts, tampered)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(RequestSigner.random().sign(ts, body), ts, body)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(sig, Long.toString(NOW - 1), body)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(null, ts, body)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(sig, null, body)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> verifier.verify("zz" + sig.substring(2), ts, body)).isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> verifier.verify(sig.substring(2), ts, body)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void verify_refusesTimestampsMoreThanFiveMinutesAway() {
        String old = Long.toString(NOW - 301);
        assertThatThrownBy(() -> verifier.verify(signer.sign(old, body), old, body))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("window");
        String future = Long.toString(NOW + 301);
        assertThatThrownBy(() -> verifier.verify(signer.sign(future, body), future, body)).isInstanceOf(InvalidSignatureException.class);
        String edge = Long.toString(NOW - 300);
        assertThatCode(() -> verifier.verify(signer.sign(edge, body), edge, body)).doesNotThrowAnyException();
    }

    @Test
    void verify_refusesTimestampsNoClockCanHold_asABadSignatureAndNothingElse() {
        for (String ts : new String[] {Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE), "31556889864403200",
                "9".repeat(100_000), "17800000000000000000000", "1780000000.0", "-1780000000", "+1780000000", "1780000000 ", "abc", "\u0661"}) {
            assertThatThrownBy(() -> verifier.verify(signer.sign(ts, body), ts, body)).as(ts.length() > 30 ? "a huge number" : ts)
                    .isInstanceOf(InvalidSignatureException.class);
        }
    }
}
