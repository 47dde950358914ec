package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.RequestSigner;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member through the local endpoint: real signatures, the same router, in-process dispatch,
 * the same handlers, reply edits through the webhook client to the Discord stand-in, and a real
 * PostgreSQL underneath. Every bad input gets a clear answer and leaves nothing behind.
 */
class LocalServerIT {
    private static final AtomicLong MEMBERS = new AtomicLong(500);
    private static final RequestSigner SIGNER = TestServer.SIGNER;
    private static final LocalServer server = TestServer.get();
    private final Database db = TestDatabase.get();
    private long member;
    private DemoClient discord;

    @BeforeEach
    void newMember() {
        TestDatabase.reset();
        member = MEMBERS.incrementAndGet();
        discord = new DemoClient(server, SIGNER, member, "Tester");
    }

    private long stored(String table) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table + " WHERE discord_user_id = " + member)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void assertNothingStored() {
        assertThat(stored("ratings")).isZero();
        assertThat(stored("user_embeddings")).isZero();
    }

    /** What the member reads (markdown markers removed). */
    private static String text(DemoClient.Exchange x) {
        return TerminalView.render(x.edited() != null ? x.edited() : x.response().path("data"));
    }

    private String id(String title) {
        return discord.autocomplete(title).response().path("data").path("choices").get(0).path("value").asText();
    }

    private List<String> recommendedTitles() {
        JsonNode fields = discord.command("my_recommendations", Map.of()).edited().path("embeds").get(0).path("fields");
        List<String> titles = new ArrayList<>();
        fields.forEach(f -> titles.add(f.path("name").asText().replaceFirst("^\\d+\\. ", "")));
        return titles;
    }

    @Test
    void recommendations_followTheMembersRatings() {
        for (String t : List.of("2001: A Space Odyssey", "Blade Runner", "Alien", "Solaris", "Arrival")) {
            discord.command("rate", Map.of("movie", id(t), "rating", 5.0));
        }
        discord.command("rate", Map.of("movie", id("Titanic"), "rating", 1.0));
        List<String> sciFi = recommendedTitles();
        assertThat(sciFi).hasSize(5).noneMatch(t -> t.startsWith("Titanic") || t.startsWith("Alien ("));
        for (String t : List.of("Spirited Away", "My Neighbor Totoro", "Princess Mononoke", "Howl's Moving Castle", "Kiki's Delivery Service")) {
            discord.submitRatingForm(t, "5");
        }
        List<String> after = recommendedTitles();
        assertThat(after).isNotEqualTo(sciFi);
        assertThat(after.getFirst()).isIn("Castle in the Sky (1986)", "Nausicaä of the Valley of the Wind (1984)",
                "Ponyo (2008)", "The Wind Rises (2013)", "Porco Rosso (1992)", "The Boy and the Heron (2023)");
        assertThat(stored("ratings")).isEqualTo(11);
    }

    @Test
    void rate_confirmsPrivately_andStoresTheRatingAndTheLearning() {
        DemoClient.Exchange x = discord.command("rate", Map.of("movie", id("amelie"), "rating", 4.5));
        assertThat(x.type()).isEqualTo(5);
        assertThat(x.response().path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(text(x)).contains("★★★★½ (4.5)  Amélie (2001)").contains("1 film rated");
        assertThat(stored("ratings")).isEqualTo(1);
        assertThat(stored("user_embeddings")).isEqualTo(1);
    }

    @Test
    void stats_showTheProfileComputedFromTheLatestRating() {
        assertThat(text(discord.command("my_stats", Map.of()))).contains("No taste profile yet");
        discord.command("rate", Map.of("movie", id("Alien"), "rating", 5.0));
        discord.command("rate", Map.of("movie", id("Blade Runner"), "rating", 4.0));
        String stats = text(discord.command("my_stats", Map.of()));
        assertThat(stats).contains("Tester's taste profile").contains("Ridley Scott (2, avg 4.5★)").contains("From 2 ratings");
    }

    @Test
    void badSignatures_get401_andNothingIsStored() {
        byte[] body = "{\"type\":2,\"id\":\"1\",\"token\":\"t\",\"user\":{\"id\":\"1\"},\"data\":{\"name\":\"my_stats\"}}".getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(System.currentTimeMillis() / 1000);
        assertThat(discord.post(body, null, null, null).status()).as("missing").isEqualTo(401);
        assertThat(discord.post(body, RequestSigner.random().sign(now, body), now, null).status()).as("forged").isEqualTo(401);
        String old = Long.toString(System.currentTimeMillis() / 1000 - 301);
        assertThat(discord.post(body, SIGNER.sign(old, body), old, null).status()).as("stale").isEqualTo(401);
        byte[] junk = "{oops".getBytes(StandardCharsets.UTF_8);
        assertThat(discord.post(junk, SIGNER.sign(now, junk), now, null).status()).as("malformed").isEqualTo(400);
    }

    @Test
    void mistakes_getAClearPrivateAnswer_andNothingIsStored() {
        assertThat(text(discord.command("recommend_me", Map.of()))).contains("CineSync has no command /recommend_me");
        assertThat(text(discord.command("rate", Map.of("movie", "Alien")))).contains("Give both movie and rating");
        assertThat(text(discord.command("rate", Map.of("movie", id("Alien"), "rating", 7.0)))).contains("0.5 to 5 stars in half steps");
        assertThat(text(discord.command("rate", Map.of("movie", id("Alien"), "rating", 4.2)))).contains("4.2 isn't one");
        assertThat(text(discord.submitRatingForm("Alien", "great"))).contains("great isn't one");
        assertThat(text(discord.command("rate", Map.of("movie", "Zzyzx Road Trip Nonexistent", "rating", 4.0)))).contains("couldn't find a film");
        DemoClient.Exchange longTitle = discord.command("rate", Map.of("movie", "A".repeat(10_000), "rating", 4.0));
        assertThat(text(longTitle)).contains("couldn't find a film").hasSizeLessThan(400);
        assertThat(text(discord.command("my_recommendations", Map.of("count", 50)))).contains("count is a number from 1 to 10");
        assertThat(text(discord.command("my_recommendations", Map.of("genre", "Opera")))).contains("I don't know the genre");
        assertNothingStored();
    }

    @Test
    void anAmbiguousTitle_asksWhichFilm() {
        String reply = text(discord.submitRatingForm("Beauty and the Beast", "4"));
        assertThat(reply).contains("Which film do you mean").contains("(1946)").contains("(1991)");
        assertNothingStored();
        assertThat(text(discord.submitRatingForm("Beauty and the Beast (1991)", "4"))).contains("Beauty and the Beast (1991)");
        assertThat(stored("ratings")).isEqualTo(1);
    }

    @Test
    void notForMe_removesTheFilmForGood_andStoresNoRating() {
        discord.command("rate", Map.of("movie", id("Alien"), "rating", 5.0));
        DemoClient.Exchange first = discord.command("my_recommendations", Map.of("count", 3));
        String dismissedTitle = first.edited().path("embeds").get(0).path("fields").get(0).path("name").asText().replaceFirst("^1\\. ", "");
        String notForMe = first.edited().path("components").get(0).path("components").get(0).path("custom_id").asText();

        DemoClient.Exchange redrawn = discord.click(notForMe);
        assertThat(redrawn.type()).as("deferred update of the same message").isEqualTo(6);
        assertThat(text(redrawn)).doesNotContain(dismissedTitle).contains("1. ");
        assertThat(text(discord.command("my_recommendations", Map.of("count", 10)))).doesNotContain(dismissedTitle);
        assertThat(stored("recommendation_feedback")).isEqualTo(1);
        assertThat(stored("ratings")).as("a dismissal is not a rating").isEqualTo(1);
    }

    /** A signed /rate of Alien at 4 stars as Discord would send it, with {@code idField} as its "id" member (or none). */
    private DemoClient.Exchange rateWithId(String idField, String film) {
        String body = "{\"type\":2," + (idField == null ? "" : "\"id\":" + idField + ",")
                + "\"application_id\":\"" + DemoClient.APPLICATION_ID + "\",\"token\":\"id-test-" + System.nanoTime() + "\","
                + "\"member\":{\"user\":{\"id\":\"" + member + "\",\"username\":\"Tester\"}},"
                + "\"data\":{\"name\":\"rate\",\"options\":[{\"name\":\"movie\",\"type\":3,\"value\":\"" + id(film) + "\"},"
                + "{\"name\":\"rating\",\"type\":10,\"value\":4}]}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(System.currentTimeMillis() / 1000);
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        return discord.post(bytes, SIGNER.sign(now, bytes), now, token);
    }

    @Test
    void rate_withoutASnowflakeId_isRefusedClearly_andNothingIsStored() {
        for (String bad : List.of("\"x\"", "\"-5\"", "\"\"", "\"18446744073709551616\"", "\"99999999999999999999999\"", "1300000000000000001",
                "null", "{}")) {
            DemoClient.Exchange x = rateWithId(bad, "Alien");
            assertThat(x.status()).as(bad).isEqualTo(400);
            assertThat(x.response().path("error").asText()).as(bad).contains("interaction id is not a Discord snowflake");
        }
        DemoClient.Exchange missing = rateWithId(null, "Alien");
        assertThat(missing.status()).isEqualTo(400);
        assertNothingStored();
    }

    @Test
    void rate_whenAnIdIsReusedForAnotherFilm_saysNothingWasSaved_andKeepsTheFirstRating() {
        String reused = "\"1300000000000000777\"";
        assertThat(text(rateWithId(reused, "Alien"))).contains("Alien (1979)").contains("1 film rated");

        String again = text(rateWithId(reused, "Blade Runner"));

        assertThat(again).contains("Not saved: Blade Runner").contains("id had already been used")
                .doesNotContain("already saved");
        assertThat(stored("ratings")).isEqualTo(1);
        String retried = text(rateWithId(reused, "Alien"));
        assertThat(retried).contains("already been used").contains("stands at ★★★★ (4)");
    }
}
