package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.testing.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every {@code events/interaction_*.json} (and so every signed {@code functionurl_*.json} body,
 * which {@code FixtureSignerTest} keeps identical to them) has the shape Discord sends today,
 * judged by Discord's own API description.
 */
class FixturesContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> interactionFixtures() throws IOException {
        try (Stream<Path> files = Files.list(TestKeys.eventsDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("interaction_") && !n.equals("interaction_not_an_interaction.json"))
                    .sorted().toList().stream();
        }
    }

    private static JsonNode fixture(String name) throws IOException {
        return JSON.readTree(TestKeys.eventsDir().resolve(name).toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactionFixtures")
    void fixture_isAnInteractionAsDiscordSendsIt(String name) throws IOException {
        assertThat(DiscordSpec.asPublished().interactionErrors(fixture(name))).isEmpty();
    }

    @Test
    void everyKindOfInteractionAndEveryContext_hasAFixture() throws IOException {
        List<String> kinds = interactionFixtures().map(n -> {
            try {
                JsonNode i = fixture(n);
                return i.path("type").asInt() + "/" + i.path("context").asText("-");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).distinct().toList();
        assertThat(kinds).contains("1/-", "2/0", "2/1", "2/2", "3/0", "3/1", "4/0", "5/0");
    }

    @Test
    void aMemberWithoutDeafAndMute_isNotWhatDiscordSends() throws IOException {
        ObjectNode stale = (ObjectNode) fixture("interaction_my_stats.json");
        ((ObjectNode) stale.path("member")).remove(List.of("deaf", "mute"));

        assertThat(DiscordSpec.asPublished().interactionErrors(stale)).anySatisfy(e -> assertThat(e).contains("deaf"));
    }

    @Test
    void aDmInteraction_carryingAMember_isRefused() throws IOException {
        ObjectNode mixed = (ObjectNode) fixture("interaction_dm_rate_command.json");
        mixed.set("member", fixture("interaction_my_stats.json").path("member"));

        assertThat(DiscordSpec.asPublished().interactionErrors(mixed)).isNotEmpty();
    }

    @Test
    void aButtonClick_whoseMessageMetadataLacksTheIntegrationOwners_isRefused() throws IOException {
        ObjectNode click = (ObjectNode) fixture("interaction_button_more_picks.json");
        ((ObjectNode) click.path("message").path("interaction_metadata")).remove("authorizing_integration_owners");

        assertThat(DiscordSpec.asPublished().interactionErrors(click)).isNotEmpty();
    }
}
