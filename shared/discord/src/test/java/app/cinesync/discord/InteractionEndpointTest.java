package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol's part of the endpoint: 401 before anything, 400 for what is no interaction, PONG, then the application. */
class InteractionEndpointTest {
    private static final long NOW = 1_780_000_000L;

    private final RequestSigner signer = RequestSigner.random();
    private final List<MemberInteraction> handedOn = new ArrayList<>();
    private final InteractionEndpoint endpoint = new InteractionEndpoint(
            new SignatureVerifier(signer.publicKeyHex(), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)),
            (in, body) -> {
                handedOn.add(in);
                return Responses.deferredMessage(true);
            });

    private HttpResult send(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);
        return endpoint.handle(signer.sign(ts, body), ts, body);
    }

    @Test
    void ping_getsPong_andTheApplicationSeesNothing() throws Exception {
        HttpResult r = send("{\"type\":1,\"id\":\"1\",\"application_id\":\"2\"}");

        assertThat(new ObjectMapper().readTree(r.body()).path("type").asInt()).isEqualTo(1);
        assertThat(handedOn).isEmpty();
    }

    @Test
    void unsignedOrForgedRequests_get401AndNothingRuns() {
        byte[] body = "{\"type\":2,\"id\":\"1\",\"token\":\"t\",\"user\":{\"id\":\"3\"},\"data\":{\"name\":\"x\"}}".getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);

        assertThat(endpoint.handle(null, null, body).status()).isEqualTo(401);
        assertThat(endpoint.handle(RequestSigner.random().sign(ts, body), ts, body).status()).isEqualTo(401);
        assertThat(handedOn).isEmpty();
    }

    @Test
    void malformedSignedBody_gets400AndNothingRuns() {
        assertThat(send("{not json").status()).isEqualTo(400);
        assertThat(send("{\"type\":77}").status()).isEqualTo(400);
        assertThat(send("{\"type\":2,\"token\":\"t\",\"data\":{\"name\":\"rate\"}}").status()).as("no id").isEqualTo(400);
        assertThat(send("{\"type\":2,\"id\":\"1\",\"token\":\"t\",\"data\":{\"name\":\"rate\"}}").status()).as("no user").isEqualTo(400);
        assertThat(send("{\"type\":3,\"id\":\"1\",\"token\":\"t\",\"user\":{\"id\":\"3\"},\"data\":{}}").status()).as("no custom_id").isEqualTo(400);
        assertThat(handedOn).isEmpty();
    }

    @Test
    void aMembersInteraction_isHandedOnAsItsKind_andTheApplicationsAnswerGoesBack() {
        HttpResult r = send("{\"type\":3,\"id\":\"5\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"3\"},\"data\":{\"custom_id\":\"b\"}}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Responses.deferredMessage(true));
        assertThat(handedOn).singleElement().isInstanceOfSatisfying(ComponentInteraction.class,
                click -> assertThat(click.customId()).isEqualTo("b"));
    }
}
