package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.functions.interactions.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No fixture in events/ goes untested: each case name is used by some function's test. */
class EventsCoverageTest {
    @Test
    void everyFixtureInEvents_isNamedByAFunctionTest() throws IOException {
        Path root = Fixtures.eventsDir().getParent();
        String tests;
        try (Stream<Path> files = Files.walk(root.resolve("functions"))) {
            tests = files.filter(p -> p.toString().contains("/src/test/java/") && p.toString().endsWith(".java"))
                    .map(EventsCoverageTest::read).collect(Collectors.joining("\n"));
        }
        try (Stream<Path> events = Files.list(Fixtures.eventsDir())) {
            events.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith("TEST_ONLY_"))
                    .forEach(n -> {
                        String fixtureCase = n.substring(n.indexOf('_') + 1, n.length() - ".json".length());
                        assertThat(tests).as("a test that runs events/%s", n).contains("\"" + fixtureCase + "\"");
                    });
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
