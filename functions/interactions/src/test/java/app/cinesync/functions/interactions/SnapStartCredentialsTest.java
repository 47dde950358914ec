package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.functions.interactions.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Under SnapStart Lambda gives container credentials, not the access-key environment variables:
 * an SDK client pinned to EnvironmentVariableCredentialsProvider fails after every restore.
 */
class SnapStartCredentialsTest {
    @Test
    void noProductionCodePinsCredentialsToEnvironmentVariables() throws IOException {
        Path root = Fixtures.eventsDir().getParent();
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().contains("/src/main/java/") && p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> read(p).contains("EnvironmentVariableCredentialsProvider"))
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
