package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.functions.interactions.fixtures.FixtureSigner;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed router fixtures are exactly what the generator makes from their unsigned sources. */
class FixtureSignerTest {
    @Test
    void committedFixtures_areTheSignedFormsOfTheirInteractionFiles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (var c : FixtureSigner.CASES.values()) {
            var committed = json.readTree(Files.readString(Fixtures.event("functionurl_" + c.name() + ".json")));
            var regenerated = FixtureSigner.event(c, Fixtures.SIGNED_AT, Fixtures.signer(), Fixtures.eventsDir());
            assertThat(committed).as("events/functionurl_%s.json is stale: run FixtureSigner", c.name()).isEqualTo(regenerated);
        }
    }
}
