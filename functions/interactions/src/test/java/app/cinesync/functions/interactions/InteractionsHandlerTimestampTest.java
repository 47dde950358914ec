package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.RequestSigner;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Timestamps no clock can hold, through the Lambda handler as a Function URL calls it: signed
 * with the right key or not, each gets a 401 and nothing runs (no exception, so no 502 from the
 * Function URL and no error alarm that anyone on the internet could fire).
 */
class InteractionsHandlerTimestampTest {
    private static final byte[] COMMAND = ("{\"type\":2,\"id\":\"1300000000000000001\",\"application_id\":\"1\",\"token\":\"t\","
            + "\"member\":{\"user\":{\"id\":\"42\"}},\"data\":{\"name\":\"my_stats\"}}").getBytes(StandardCharsets.UTF_8);
    private static final RequestSigner SIGNER = Fixtures.signer();

    private final RecordingDispatcher dispatcher = new RecordingDispatcher(false);
    private final InteractionsHandler handler = InteractionsHandlerTest.handler(dispatcher);

    static Stream<String> absurdTimestamps() {
        return Stream.of("9223372036854775807", "-9223372036854775808", "31556889864403200", "-1",
                "99999999999999999999999999999999999999", "9".repeat(10_000), "1767225630.5", "1e9", "+1767225630",
                " 1767225630", "0x69559e1e", "", "now");
    }

    private APIGatewayV2HTTPResponse post(String timestamp, String signature) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withHeaders(Map.of("x-signature-ed25519", signature, "x-signature-timestamp", timestamp, "content-type", "application/json"))
                .withBody(new String(COMMAND, StandardCharsets.UTF_8)).withIsBase64Encoded(false).withRawPath("/").build();
        return handler.handleRequest(event, null);
    }

    @ParameterizedTest
    @MethodSource("absurdTimestamps")
    void timestamp_thatIsNoTimeAtAll_signedWithTheRightKey_gets401AndRunsNothing(String timestamp) {
        APIGatewayV2HTTPResponse response = post(timestamp, SIGNER.sign(timestamp, COMMAND));

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getBody()).contains("invalid request signature");
        assertThat(dispatcher.dispatched).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("absurdTimestamps")
    void timestamp_thatIsNoTimeAtAll_unsigned_gets401AndRunsNothing(String timestamp) {
        APIGatewayV2HTTPResponse response = post(timestamp, RequestSigner.random().sign(timestamp, COMMAND));

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(dispatcher.dispatched).isEmpty();
    }
}
