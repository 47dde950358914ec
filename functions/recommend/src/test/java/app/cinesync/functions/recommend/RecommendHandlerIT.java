package app.cinesync.functions.recommend;

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

/** RecommendFunction with the forwarded fixtures, real PostgreSQL and a local Discord stub. */
class RecommendHandlerIT {
    private static final long MEMBER = Long.parseUnsignedLong("1300000000000000001");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DiscordStub discord = new DiscordStub();
    private CineSync app;
    private RecommendHandler handler;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        app = new CineSync(TestDatabase.get(), Clock.systemUTC());
        handler = new RecommendHandler(new CommandFunction(app,
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

    private JsonNode editedEmbed() {
        assertThat(discord.edits).hasSize(1);
        assertThat(discord.edits.getFirst().path()).isEqualTo("/api/v10/webhooks/1100000000000000001/"
                + discord.edits.getFirst().path().split("/")[5] + "/messages/@original");
        return discord.edits.getFirst().body().path("embeds").get(0);
    }

    private void rate(String title, String stars) {
        app.rateCommand(userId -> { }).handle(new Interaction(InteractionType.APPLICATION_COMMAND, null, "1", "t", null,
                MEMBER, "Cinephile", "rate", Map.of("movie", title, "rating", stars), null));
    }

    @Test
    void myRecommendations_withCountAndGenre_listsThatManyFilmsOfTheGenre_withAMoreButton() throws IOException {
        invoke("my_recommendations");

        JsonNode embed = editedEmbed();
        assertThat(embed.path("title").asText()).isEqualTo("🎬 Picked for you: Comedy");
        assertThat(embed.path("fields")).hasSize(3).allSatisfy(f -> assertThat(f.path("value").asText()).contains("Comedy"));
        JsonNode button = discord.edits.getFirst().body().path("components").get(0).path("components").get(0);
        assertThat(button.path("custom_id").asText()).isEqualTo("recs:3:3:Comedy");
    }

    @Test
    void myRecommendations_neverOffersAFilmTheMemberRated() throws IOException {
        rate("Amélie (2001)", "5");

        invoke("my_recommendations");

        JsonNode embed = editedEmbed();
        assertThat(embed.path("description").asText()).contains("From your 1 rating");
        assertThat(embed.path("fields")).noneSatisfy(f -> assertThat(f.path("name").asText()).contains("Amélie"));
    }

    @Test
    void morePicksButton_continuesTheListWhereItStopped() throws IOException {
        invoke("button_more_picks");

        assertThat(editedEmbed().path("fields").get(0).path("name").asText()).startsWith("6. ");
    }

    @Test
    void myRecommendations_whenGenreIsUnknown_namesTheGenresItKnows() throws IOException {
        invoke("my_recommendations_bad_genre");

        assertThat(editedEmbed().path("description").asText()).contains("**Telenovela**", "Sci-Fi");
    }

    @Test
    void expiredButton_asksToRunTheCommandAgain() throws IOException {
        invoke("button_expired");

        assertThat(editedEmbed().path("description").asText()).contains("run `/my_recommendations` again");
    }

    @Test
    void notAnInteraction_isRefusedWithoutEditing() throws IOException {
        assertThat(invoke("not_an_interaction").path("error").asText()).isNotBlank();
        assertThat(discord.edits).isEmpty();
    }
}
