package app.cinesync.functions.interactions;

import app.cinesync.commands.InteractionRouter;
import app.cinesync.discord.HttpResult;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.SignatureVerifier;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * InteractionsFunction, behind a Lambda Function URL or an HTTP API (payload format 2.0):
 * Discord's webhook endpoint. Translates the HTTP event for the protocol's
 * {@link InteractionEndpoint}, which verifies the signature and hands the interaction to CineSync's
 * {@link InteractionRouter}, which answers or defers; a base64-encoded body is decoded first, since
 * the signature covers the bytes Discord sent.
 */
public final class InteractionsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final InteractionEndpoint endpoint;
    private final RouterPriming priming; // strong reference: CRaC keeps resources weakly

    public InteractionsHandler() {
        Config config = Config.fromEnv(System.getenv());
        LambdaDispatcher dispatcher = new LambdaDispatcher(LambdaClients.lambda(config.region()), config.functions());
        this.endpoint = new InteractionEndpoint(new SignatureVerifier(config.publicKey(), Clock.systemUTC()),
                new InteractionRouter(dispatcher, dispatcher));
        this.priming = RouterPriming.register(endpoint, dispatcher);
    }

    public InteractionsHandler(InteractionEndpoint endpoint) {
        this.endpoint = endpoint;
        this.priming = null;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        byte[] body = body(event);
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        HttpResult result = endpoint.handle(header(headers, "x-signature-ed25519"), header(headers, "x-signature-timestamp"), body);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(result.status())
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(result.body())
                .build();
    }

    static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        return event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /** HTTP header names are case-insensitive; API Gateway and Function URLs send them lower-cased, but not everything does. */
    static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }
}
