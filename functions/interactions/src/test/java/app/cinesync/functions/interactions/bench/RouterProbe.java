package app.cinesync.functions.interactions.bench;

import app.cinesync.commands.Dispatcher;
import app.cinesync.commands.InteractionRouter;
import app.cinesync.commands.Route;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.functions.interactions.InteractionsHandler;
import app.cinesync.functions.interactions.LambdaDispatcher;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * One cold router in a fresh JVM: builds InteractionsHandler as the container would, answers
 * one signed request (prepared by the parent) and prints the answer.
 *
 * <p>Args: {@code <local|lambda> <publicKeyHex> <timestamp> <signatureHex> <body> [lambdaEndpoint]}.
 * {@code local} dispatches to an in-process stub; {@code lambda} builds the real SDK client and
 * LambdaDispatcher and sends the Invoke to a local HTTP stub of the Lambda API.
 */
public final class RouterProbe {
    private RouterProbe() {
    }

    public static void main(String[] args) {
        Dispatcher dispatcher;
        LambdaDispatcher lambda = null;
        if (args[0].equals("lambda")) {
            LambdaClient client = LambdaClient.builder().endpointOverride(URI.create(args[5])).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTESTONLY", "test-only-secret")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
            lambda = new LambdaDispatcher(client, Map.of(Route.RATE, "rate", Route.RECOMMEND, "recommend", Route.STATS, "stats"));
            dispatcher = lambda;
        } else {
            dispatcher = (route, body) -> { };
        }
        InteractionsHandler handler = new InteractionsHandler(new InteractionEndpoint(
                new SignatureVerifier(args[1], Clock.systemUTC()), new InteractionRouter(dispatcher, (m, c, o, t) -> List.of())));
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setHeaders(Map.of("x-signature-ed25519", args[3], "x-signature-timestamp", args[2], "content-type", "application/json"));
        event.setBody(args[4]);
        event.setIsBase64Encoded(false);
        System.out.println(handler.handleRequest(event, null).getBody());
    }
}
