package app.cinesync.functions.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.InteractionContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
    private final HandlerHarness harness = new HandlerHarness(TestDatabase.get());
    private final DiscordStub discord = harness.discord;
    private final CineSync app = harness.app;
    private StatsHandler handler;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        handler = new StatsHandler(harness.function(userId -> { }));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private JsonNode invoke(String fixture) {
        return HandlerHarness.invoke(handler, fixture);
    }

    private String editedText() {
        assertThat(discord.edits).hasSize(1);
        assertThat(discord.edits.getFirst().path()).isEqualTo("/api/v10/webhooks/1100000000000000001/TEST-ONLY-interaction-token-08/messages/@original");
        return discord.edits.getFirst().text();
    }

    private void rate(String title, String stars) {
        app.rateCommand(userId -> { }).handle(CommandInteraction.slash(InteractionContext.of(MEMBER).withMemberName("Cinephile"),
                "rate", Map.of("movie", title, "rating", stars)));
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
