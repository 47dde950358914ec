package app.cinesync.functions.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.Route;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * SnapStart priming must not leave a keep-alive socket in the snapshot: after a restore that
 * socket is dead, and the first dispatch would spend one of its two attempts (and most of its
 * 2.2 s) finding out. The real SDK client against a loopback stand-in for the Lambda API, which
 * notes the client port of every request: a reused connection has the same port.
 */
class RouterPrimingTest {
    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    private final List<String> invocationTypes = new CopyOnWriteArrayList<>();
    private final HttpServer lambdaApi = start();

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                clientPorts.add(exchange.getRemoteAddress().getPort());
                String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
                invocationTypes.add(type);
                exchange.sendResponseHeaders("DryRun".equals(type) ? 204 : 202, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        lambdaApi.stop(0);
    }

    /** As {@link LambdaClients} builds it, aimed at the stand-in. */
    private LambdaClient client() {
        return LambdaClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + lambdaApi.getAddress().getPort()))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTESTONLY", "test-only-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @Test
    void priming_leavesNoKeepAliveConnection_soTheFirstDispatchAfterARestoreOpensAFreshOne() {
        try (LambdaClient lambda = client()) {
            LambdaDispatcher dispatcher = new LambdaDispatcher(lambda, Map.of(Route.RATE, "rate", Route.RECOMMEND, "recommend", Route.STATS, "stats"));

            dispatcher.prime();
            List<Integer> primed = List.copyOf(clientPorts);
            dispatcher.dispatch(Route.STATS, "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(invocationTypes).containsExactly("DryRun", "DryRun", "DryRun", "Event");
            assertThat(primed).as("each dry run on a connection of its own, closed after it").doesNotHaveDuplicates();
            assertThat(clientPorts.getLast()).as("the dispatch's connection").isNotIn(primed);
        }
    }
}
