package app.cinesync.core.testing;

import app.cinesync.discord.RequestSigner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The TEST-ONLY key pair in {@code events/TEST_ONLY_ed25519_keypair.json}, which signs the fixtures. */
public final class TestKeys {
    private static final JsonNode KEYS = read();

    private TestKeys() {
    }

    public static String publicKeyHex() {
        return KEYS.path("publicKeyHex").asText();
    }

    public static RequestSigner signer() {
        return new RequestSigner(KEYS.path("privateKeyHex").asText());
    }

    /** The top-level {@code events/} folder, found from any module's working directory. */
    public static Path eventsDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("events"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no events/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("events");
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(eventsDir().resolve("TEST_ONLY_ed25519_keypair.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
