package app.cinesync.functions.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import app.cinesync.discord.InteractionParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recommendations through the member's own (user) install: in a server CineSync's bot is not
 * in (a {@code member}, a guild CineSync knows nothing of) and in the bot's DM (a {@code user},
 * no guild). Either way the picks are the member's, from their ratings anywhere.
 */
class RecommendHandlerInContextsIT {
    private final HandlerHarness harness = new HandlerHarness(TestDatabase.get());
    private final DiscordStub discord = harness.discord;
    private RecommendHandler handler;

    @BeforeEach
    void setUp() throws IOException {
        TestDatabase.reset();
        handler = new RecommendHandler(harness.function(userId -> { }));
        byte[] ratedInCineSyncsServer = Files.readAllBytes(TestKeys.eventsDir().resolve("interaction_rate_command.json"));
        harness.app.rateCommand(userId -> { }).handle(InteractionParser.parseMember(ratedInCineSyncsServer));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private JsonNode editedEmbed(String token) {
        assertThat(discord.edits).hasSize(1);
        assertThat(discord.edits.getFirst().path()).isEqualTo("/api/v10/webhooks/1100000000000000001/" + token + "/messages/@original");
        return discord.edits.getFirst().body().path("embeds").get(0);
    }

    @Test
    void myRecommendations_inAServerWithoutCineSyncsBot_areTheMembersOwn() {
        HandlerHarness.invoke(handler, "foreign_guild_my_recommendations");

        JsonNode embed = editedEmbed("TEST-ONLY-interaction-token-18");
        assertThat(embed.path("description").asText()).contains("From your 1 rating");
        assertThat(embed.path("fields")).allSatisfy(f -> assertThat(f.path("name").asText()).doesNotContain("Amélie"));
        assertThat(embed.path("fields").get(0).path("value").asText()).containsAnyOf("Because you liked **Amélie (2001)**",
                "For your taste in **Romance**", "For your taste in **Comedy**");
    }

    @Test
    void morePicks_inTheBotsDm_editsThatMessageWithTheNextPage() {
        HandlerHarness.invoke(handler, "dm_button_more_picks");

        JsonNode embed = editedEmbed("TEST-ONLY-interaction-token-21");
        assertThat(embed.path("fields").get(0).path("name").asText()).startsWith("6. ");
        assertThat(embed.path("description").asText()).contains("From your 1 rating");
    }
}
