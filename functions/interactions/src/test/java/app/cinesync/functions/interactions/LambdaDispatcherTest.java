package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.commands.InteractionRouter;
import app.cinesync.commands.Route;
import app.cinesync.discord.Choice;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.functions.interactions.fixtures.FixtureSigner;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The real SDK v2 Lambda client, through LambdaDispatcher, against a local stub of the Lambda API. */
class LambdaDispatcherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RATE_ALIAS = "arn:aws:lambda:eu-west-1:123456789012:function:cinesync-RateFunction:live";
    private static final Map<Route, String> FUNCTIONS = Map.of(
            Route.RATE, RATE_ALIAS, Route.RECOMMEND, "cinesync-RecommendFunction", Route.STATS, "cinesync-StatsFunction");

    private final LambdaApiStub lambdaApi = new LambdaApiStub();
    private final LambdaClient client = lambdaApi.client();
    private final LambdaDispatcher dispatcher = new LambdaDispatcher(client, FUNCTIONS);

    @AfterEach
    void stop() {
        client.close();
        lambdaApi.close();
    }

    @Test
    void dispatch_invokesTheRoutesFunctionAsynchronously_withTheRawInteraction() {
        byte[] interaction = "{\"type\":2,\"id\":\"1\",\"data\":{\"name\":\"my_stats\"}}".getBytes(StandardCharsets.UTF_8);

        dispatcher.dispatch(Route.STATS, interaction);

        assertThat(lambdaApi.requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/2015-03-31/functions/cinesync-StatsFunction/invocations");
            assertThat(r.header("X-Amz-Invocation-Type")).isEqualTo("Event");
            assertThat(r.body()).isEqualTo(new String(interaction, StandardCharsets.UTF_8));
        });
    }

    @Test
    void dispatch_toAnAliasArn_addressesThatAlias() {
        dispatcher.dispatch(Route.RATE, "{}".getBytes(StandardCharsets.UTF_8));

        String path = lambdaApi.requests.getFirst().path();
        assertThat(path).isIn("/2015-03-31/functions/" + RATE_ALIAS + "/invocations",
                "/2015-03-31/functions/" + URLEncoder.encode(RATE_ALIAS, StandardCharsets.UTF_8) + "/invocations");
    }

    @Test
    void dispatch_whenLambdaRefuses_throwsSoTheRouterCanTellTheMember() {
        lambdaApi.answer(429, "{\"Type\":\"User\",\"message\":\"Rate exceeded\"}", Map.of("x-amzn-ErrorType", "TooManyRequestsException"));

        assertThatThrownBy(() -> dispatcher.dispatch(Route.STATS, "{}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void suggest_asksRateFunctionSynchronously_forTheMemberTyping_andReadsItsChoices() throws IOException {
        lambdaApi.answer(200, "{\"type\":8,\"data\":{\"choices\":[{\"name\":\"Amélie (2001)\",\"value\":\"m:2\"}]}}", Map.of());

        var choices = dispatcher.suggest(Long.parseUnsignedLong("13000000000000000001"), "rate", "movie", "amelie");

        assertThat(choices).containsExactly(new Choice("Amélie (2001)", "m:2"));
        LambdaApiStub.Request r = lambdaApi.requests.getFirst();
        assertThat(r.header("X-Amz-Invocation-Type")).isEqualTo("RequestResponse");
        JsonNode sent = JSON.readTree(r.body());
        assertThat(sent.path("type").asInt()).isEqualTo(4);
        assertThat(sent.path("user").path("id").asText()).as("the member, unsigned").isEqualTo("13000000000000000001");
        assertThat(sent.path("data").path("options").get(0).path("value").asText()).isEqualTo("amelie");
        assertThat(sent.path("data").path("options").get(0).path("focused").asBoolean()).isTrue();
    }

    @Test
    void suggest_whenRateFunctionErrs_throws() {
        lambdaApi.answer(200, "{\"errorMessage\":\"boom\"}", Map.of("X-Amz-Function-Error", "Unhandled"));

        assertThatThrownBy(() -> dispatcher.suggest(1, "rate", "movie", "amelie")).hasMessageContaining("Unhandled");
    }

    @Test
    void router_withLambdaDispatch_defersRateOnlyAfterLambdaAcceptedIt() throws IOException {
        var handler = new InteractionsHandler(new InteractionEndpoint(
                new SignatureVerifier(Fixtures.publicKeyHex(), Fixtures.signingClock()), new InteractionRouter(dispatcher, dispatcher)));

        var response = handler.handleRequest(InteractionsHandlerTest.load("rate_command"), null);

        assertThat(JSON.readTree(response.getBody()).path("type").asInt()).isEqualTo(5);
        assertThat(lambdaApi.requests).singleElement().satisfies(r -> assertThat(r.body().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(FixtureSigner.body(FixtureSigner.CASES.get("rate_command"), Fixtures.eventsDir())));
    }
}
