package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.Choice;
import app.cinesync.discord.HttpResult;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.RequestSigner;
import app.cinesync.discord.SignatureVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** CineSync's routing behind the real endpoint: signed requests in, interaction responses and dispatches out. */
class InteractionRouterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_780_000_000L;

    private final RequestSigner signer = RequestSigner.random();
    private final List<Route> dispatched = new ArrayList<>();
    private final InteractionEndpoint router = endpoint(new InteractionRouter((route, body) -> dispatched.add(route),
            (member, command, option, text) -> IntStream.range(0, 40).mapToObj(i -> new Choice(text + " " + i, "m:" + i)).toList()));

    private InteractionEndpoint endpoint(InteractionRouter cineSync) {
        return new InteractionEndpoint(new SignatureVerifier(signer.publicKeyHex(), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)), cineSync);
    }

    private HttpResult send(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);
        return router.handle(signer.sign(ts, body), ts, body);
    }

    private static JsonNode json(HttpResult r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String command(String name, String options) {
        return "{\"type\":2,\"id\":\"11\",\"application_id\":\"22\",\"token\":\"t\",\"member\":{\"user\":{\"id\":\"33\",\"username\":\"r\"}},"
                + "\"data\":{\"name\":\"" + name + "\",\"options\":[" + options + "]}}";
    }

    @Test
    void rateWithoutOptions_opensTheForm_andWithOneOption_explains() throws Exception {
        JsonNode modal = json(send(command("rate", "")));
        assertThat(modal.path("type").asInt()).isEqualTo(9);
        assertThat(modal.path("data").path("custom_id").asText()).isEqualTo("rate");
        JsonNode one = json(send(command("rate", "{\"name\":\"movie\",\"type\":3,\"value\":\"Alien\"}")));
        assertThat(one.path("type").asInt()).isEqualTo(4);
        assertThat(one.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(one.path("data").path("content").asText()).contains("both `movie` and `rating`");
        assertThat(dispatched).isEmpty();
    }

    @Test
    void commandsAndFormsAreDeferredPrivatelyAndDispatched_buttonsAreDeferredUpdates() throws Exception {
        JsonNode rate = json(send(command("rate", "{\"name\":\"movie\",\"value\":\"m:1\"},{\"name\":\"rating\",\"value\":4.5}")));
        assertThat(rate.path("type").asInt()).isEqualTo(5);
        assertThat(rate.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(json(send(command("my_recommendations", ""))).path("type").asInt()).isEqualTo(5);
        assertThat(json(send(command("my_stats", ""))).path("type").asInt()).isEqualTo(5);
        String button = "{\"type\":3,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"3\"},\"data\":{\"custom_id\":\"recs:5:5:-\"}}";
        assertThat(json(send(button)).path("type").asInt()).isEqualTo(6);
        String form = "{\"type\":5,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"3\"},\"data\":{\"custom_id\":\"rate\",\"components\":[]}}";
        assertThat(json(send(form)).path("type").asInt()).isEqualTo(5);
        assertThat(dispatched).containsExactly(Route.RATE, Route.RECOMMEND, Route.STATS, Route.RECOMMEND, Route.RATE);
    }

    @Test
    void unknownCommand_isExplainedPrivately_andNotDispatched() throws Exception {
        JsonNode r = json(send(command("dance", "")));
        assertThat(r.path("type").asInt()).isEqualTo(4);
        assertThat(r.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(r.path("data").path("content").asText()).contains("/dance").contains("/rate");
        assertThat(dispatched).isEmpty();
    }

    @Test
    void autocomplete_answersAtMost25Choices() throws Exception {
        JsonNode r = json(send("{\"type\":4,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"3\"},"
                + "\"data\":{\"name\":\"rate\",\"options\":[{\"name\":\"movie\",\"value\":\"ali\",\"focused\":true}]}}"));
        assertThat(r.path("type").asInt()).isEqualTo(8);
        assertThat(r.path("data").path("choices")).hasSize(25);
        assertThat(r.path("data").path("choices").get(0).path("name").asText()).isEqualTo("ali 0");
    }

    @Test
    void autocomplete_asksForSuggestionsForTheMemberTyping() throws Exception {
        List<Long> askedFor = new ArrayList<>();
        InteractionEndpoint router = endpoint(new InteractionRouter((route, body) -> { }, (member, command, option, text) -> {
            askedFor.add(member);
            return List.of();
        }));
        byte[] body = ("{\"type\":4,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"13000000000000000001\"},"
                + "\"data\":{\"name\":\"rate\",\"options\":[{\"name\":\"movie\",\"value\":\"\",\"focused\":true}]}}").getBytes(StandardCharsets.UTF_8);

        router.handle(signer.sign(Long.toString(NOW), body), Long.toString(NOW), body);

        assertThat(askedFor).containsExactly(Long.parseUnsignedLong("13000000000000000001"));
    }

    @Test
    void failedDispatch_tellsTheMemberInsteadOfThinkingForever() throws Exception {
        InteractionEndpoint failing = endpoint(new InteractionRouter((route, body) -> {
            throw new IllegalStateException("Lambda unavailable");
        }, (m, c, o, t) -> List.of()));
        byte[] body = command("my_stats", "").getBytes(StandardCharsets.UTF_8);
        JsonNode r = JSON.readTree(failing.handle(signer.sign(Long.toString(NOW), body), Long.toString(NOW), body).body());
        assertThat(r.path("type").asInt()).isEqualTo(4);
        assertThat(r.path("data").path("content").asText()).contains("try again");
    }
}
