package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.InteractionRouter;
import app.cinesync.commands.Route;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.functions.interactions.fixtures.FixtureSigner;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code events/functionurl_*.json} through the real handler, deserialized as Lambda's
 * serializer does, with the signature checked at the fixtures' signing time (plus 30 s).
 */
class InteractionsHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EPHEMERAL = 64;

    private final RecordingDispatcher dispatcher = new RecordingDispatcher(false);
    private final InteractionsHandler handler = handler(dispatcher);

    static InteractionsHandler handler(RecordingDispatcher d) {
        return new InteractionsHandler(new InteractionEndpoint(new SignatureVerifier(Fixtures.publicKeyHex(), Fixtures.signingClock()), new InteractionRouter(d, d)));
    }

    static APIGatewayV2HTTPEvent load(String fixtureCase) {
        return EventLoader.loadApiGatewayHttpEvent(Fixtures.event("functionurl_" + fixtureCase + ".json").toString());
    }

    /** What the member would notice: the HTTP status, the response type, privacy, and where the work went. */
    record Expected(int status, Integer type, boolean ephemeral, Route route, String text) {
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("ping", new Expected(200, 1, false, null, null)),
                Arguments.of("rate_command", new Expected(200, 5, true, Route.RATE, null)),
                Arguments.of("rate_without_options", new Expected(200, 9, false, null, "Rate a film")),
                Arguments.of("rate_one_option", new Expected(200, 4, true, null, "Give both `movie` and `rating`")),
                Arguments.of("modal_submit", new Expected(200, 5, true, Route.RATE, null)),
                Arguments.of("autocomplete", new Expected(200, 8, false, null, "Amélie (2001)")),
                Arguments.of("my_recommendations", new Expected(200, 5, true, Route.RECOMMEND, null)),
                Arguments.of("my_stats", new Expected(200, 5, true, Route.STATS, null)),
                Arguments.of("button_more_picks", new Expected(200, 6, false, Route.RECOMMEND, null)),
                Arguments.of("unknown_command", new Expected(200, 4, true, null, "no command `/dance`")),
                Arguments.of("modal_submit_action_rows", new Expected(200, 5, true, Route.RATE, null)),
                Arguments.of("user_command", new Expected(200, 4, true, null, "“Show taste profile” is not a CineSync command")),
                // the member's own (user) install: in the bot's DM, a group DM, a server CineSync's bot is not in
                Arguments.of("dm_rate_command", new Expected(200, 5, true, Route.RATE, null)),
                Arguments.of("dm_button_more_picks", new Expected(200, 6, false, Route.RECOMMEND, null)),
                Arguments.of("group_dm_my_stats", new Expected(200, 5, true, Route.STATS, null)),
                Arguments.of("foreign_guild_my_recommendations", new Expected(200, 5, true, Route.RECOMMEND, null)),
                Arguments.of("bad_signature", new Expected(401, null, false, null, "invalid request signature")),
                Arguments.of("missing_signature_headers", new Expected(401, null, false, null, "invalid request signature")),
                Arguments.of("stale_timestamp", new Expected(401, null, false, null, "invalid request signature")),
                Arguments.of("malformed_json", new Expected(400, null, false, null, "body is not JSON")),
                Arguments.of("base64_body", new Expected(200, 5, true, Route.RATE, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture_answersAsDiscordExpects_andDispatchesOnlyDeferredWork(String fixtureCase, Expected expected) throws IOException {
        APIGatewayV2HTTPEvent event = load(fixtureCase);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(expected.status());
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode body = JSON.readTree(response.getBody());
        if (expected.type() != null) {
            assertThat(body.path("type").asInt()).isEqualTo(expected.type());
        }
        assertThat(body.path("data").path("flags").asInt()).isEqualTo(expected.ephemeral() ? EPHEMERAL : 0);
        if (expected.text() != null) {
            assertThat(response.getBody()).contains(expected.text());
        }
        if (expected.route() == null) {
            assertThat(dispatcher.dispatched).isEmpty();
        } else {
            assertThat(dispatcher.dispatched).singleElement().satisfies(d -> {
                assertThat(d.route()).isEqualTo(expected.route());
                // the function gets the interaction byte for byte as Discord signed it
                assertThat(d.body()).isEqualTo(FixtureSigner.body(FixtureSigner.CASES.get(fixtureCase), Fixtures.eventsDir()));
            });
        }
    }

    @Test
    void autocomplete_passesWhatTheMemberTyped_andOffersFilmIds() throws IOException {
        JsonNode body = JSON.readTree(handler.handleRequest(load("autocomplete"), null).getBody());

        assertThat(dispatcher.asked).containsExactly(new RecordingDispatcher.Asked("rate", "movie", "amelie"));
        assertThat(body.path("data").path("choices").get(0).path("value").asText()).isEqualTo("m:2");
    }

    @Test
    void command_whenDispatchFails_repliesWithAClearMessageInsteadOfThinking() throws IOException {
        RecordingDispatcher down = new RecordingDispatcher(true);

        JsonNode body = JSON.readTree(handler(down).handleRequest(load("my_stats"), null).getBody());

        assertThat(body.path("type").asInt()).isEqualTo(4);
        assertThat(body.path("data").path("flags").asInt()).isEqualTo(EPHEMERAL);
        assertThat(body.path("data").path("content").asText()).contains("could not start");
    }

    @Test
    void autocomplete_whenRateFunctionFails_offersNoChoicesRatherThanAnError() throws IOException {
        APIGatewayV2HTTPResponse response = handler(new RecordingDispatcher(true)).handleRequest(load("autocomplete"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.getBody()).path("data").path("choices")).isEmpty();
    }

    @Test
    void everyRouterFixtureInEvents_isCoveredByThisTest() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Fixtures.eventsDir())) {
            var onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("functionurl_"))
                    .map(n -> n.substring("functionurl_".length(), n.length() - ".json".length())).sorted().toList();
            var tested = fixtures().map(a -> (String) a.get()[0]).sorted().toList();
            assertThat(onDisk).isEqualTo(tested);
        }
    }
}
