package app.cinesync.functions.stats;

import app.cinesync.core.testing.DiscordStub;
import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.CommandFunction;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import app.cinesync.discord.Interaction;
import app.cinesync.discord.InteractionType;
import app.cinesync.discord.WebhookClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * StatsFunction with the forwarded fixture, real PostgreSQL and a local Discord stub. The profile
 * queue here never delivers, as when SQS is behind or down: /my_stats must not show a stale profile.
 */
class StatsHandlerIT {
    private static final long MEMBER = Long.parseUnsignedLong("1300000000000000001");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DiscordStub discord = new DiscordStub();
    private CineSync app;
    private StatsHandler handler;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        app = new CineSync(TestDatabase.get(), Clock.systemUTC());
        handler = new StatsHandler(new CommandFunction(app,
                CommandRunner.of(app, userId -> { }, new WebhookClient(WebhookClient.defaultHttpClient(), discord.baseUrl()))));
    }

    @AfterEach
    void tearDown() {
        discord.close();
    }

    private JsonNode invoke(String fixture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(TestKeys.eventsDir().resolve("interaction_" + fixture + ".json"))), out, null);
        return JSON.readTree(out.toByteArray());
    }

    private String editedText() {
        assertThat(discord.edits).hasSize(1);
        assertThat(discord.edits.getFirst().path()).isEqualTo("/api/v10/webhooks/1100000000000000001/TEST-ONLY-interaction-token-08/messages/@original");
        return discord.edits.getFirst().text();
    }

    private void rate(String title, String stars) {
        app.rateCommand(userId -> { }).handle(new Interaction(InteractionType.APPLICATION_COMMAND, null, "1", "t", null,
                MEMBER, "Cinephile", "rate", Map.of("movie", title, "rating", stars), null));
    }

    private static int storedProfileRatings() {
        return TestDatabase.get().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT ratings_analyzed FROM user_preferences WHERE discord_user_id = " + MEMBER)) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }

    @Test
    void myStats_withoutRatings_explainsHowToGetAProfile() throws IOException {
        invoke("my_stats");

        assertThat(editedText()).contains("No taste profile yet", "/rate");
    }

    @Test
    void myStats_whenTheQueueNeverDelivered_computesTheProfileInline() throws IOException {
        rate("Amélie (2001)", "5");
        rate("The Matrix", "4");

        invoke("my_stats");

        assertThat(editedText()).contains("Cinephile's taste profile", "From 2 ratings", "Favourite genres");
        assertThat(storedProfileRatings()).isEqualTo(2);
    }

    @Test
    void myStats_neverShowsAProfileOlderThanTheLastRating() throws IOException {
        rate("Amélie (2001)", "5");
        app.profileRefresher().refresh(MEMBER); // the queue delivered after the first rating...
        rate("The Matrix", "4");               // ...but not yet after the second

        invoke("my_stats");

        assertThat(editedText()).contains("From 2 ratings");
    }

    @Test
    void notAnInteraction_isRefusedWithoutEditing() throws IOException {
        assertThat(invoke("not_an_interaction").path("error").asText()).isNotBlank();
        assertThat(discord.edits).isEmpty();
    }
}
