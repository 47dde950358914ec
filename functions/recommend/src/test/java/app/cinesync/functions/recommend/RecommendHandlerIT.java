package app.cinesync.functions.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.InteractionContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RecommendFunction with the forwarded fixtures, real PostgreSQL and a local Discord stub. */
class RecommendHandlerIT {
    private static final long MEMBER = Long.parseUnsignedLong("1300000000000000001");
    private final HandlerHarness harness = new HandlerHarness(TestDatabase.get());
    private final DiscordStub discord = harness.discord;
    private final CineSync app = harness.app;
    private RecommendHandler handler;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        handler = new RecommendHandler(harness.function(userId -> { }));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private JsonNode invoke(String fixture) {
        return HandlerHarness.invoke(handler, fixture);
    }

    private JsonNode editedEmbed() {
        assertThat(discord.edits).hasSize(1);
        assertThat(discord.edits.getFirst().path()).isEqualTo("/api/v10/webhooks/1100000000000000001/"
                + discord.edits.getFirst().path().split("/")[5] + "/messages/@original");
        return discord.edits.getFirst().body().path("embeds").get(0);
    }

    private void rate(String title, String stars) {
        app.rateCommand(userId -> { }).handle(CommandInteraction.slash(InteractionContext.of(MEMBER).withMemberName("Cinephile"),
                "rate", Map.of("movie", title, "rating", stars)));
    }

    @Test
    void myRecommendations_withCountAndGenre_listsThatManyFilmsOfTheGenre_withAMoreButton() throws IOException {
        invoke("my_recommendations");

        JsonNode embed = editedEmbed();
        assertThat(embed.path("title").asText()).isEqualTo("🎬 Picked for you: Comedy");
        assertThat(embed.path("fields")).hasSize(3).allSatisfy(f -> assertThat(f.path("value").asText()).contains("Comedy"));
        JsonNode rows = discord.edits.getFirst().body().path("components");
        List<JsonNode> buttons = new java.util.ArrayList<>();
        rows.forEach(row -> row.path("components").forEach(buttons::add));
        assertThat(buttons).filteredOn(b -> b.path("label").asText().equals("More picks"))
                .singleElement().satisfies(more -> assertThat(more.path("custom_id").asText()).isEqualTo("recs:3:3:Comedy"));
        assertThat(rows.get(0).path("components").get(0).path("label").asText()).isEqualTo("Not for me: 1");
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
