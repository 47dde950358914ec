package app.cinesync.cli;

import app.cinesync.aws.CommandFunction;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.app.ProfileQueue;
import app.cinesync.core.db.Database;
import app.cinesync.discord.AutocompleteRelay;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Dispatcher;
import app.cinesync.discord.InteractionRouter;
import app.cinesync.discord.Route;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.discord.WebhookClient;
import app.cinesync.functions.interactions.InteractionsHandler;
import app.cinesync.functions.profile.ProfileHandler;
import app.cinesync.functions.rate.RateHandler;
import app.cinesync.functions.recommend.RecommendHandler;
import app.cinesync.functions.stats.StatsHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interactions endpoint on 127.0.0.1, wired exactly like AWS but in one process: the same
 * {@link InteractionsHandler} answers {@code POST /interactions}; dispatch runs the same
 * Rate/Recommend/StatsHandler on a worker pool after the deferred reply has gone out (as an
 * asynchronous Lambda invoke would); the profile queue feeds the same ProfileHandler; replies
 * are edited through the same webhook client, against the built-in Discord stand-in
 * ({@link DiscordStub}) unless a real Discord API base URL is given.
 */
public final class LocalServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalServer.class);

    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final ExecutorService workers;
    private final DiscordStub discord;
    private final String publicKeyHex;

    private LocalServer(HttpServer http, ExecutorService httpThreads, ExecutorService workers, DiscordStub discord, String publicKeyHex) {
        this.http = http;
        this.httpThreads = httpThreads;
        this.workers = workers;
        this.discord = discord;
        this.publicKeyHex = publicKeyHex;
    }

    /**
     * @param port          0 for any free port
     * @param discordApiUrl where reply edits go; null for the built-in stand-in at {@code /api/v10}
     */
    public static LocalServer start(Database db, int port, String publicKeyHex, String discordApiUrl) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + port, e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(4);
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        try {
            String api = discordApiUrl != null ? discordApiUrl : "http://127.0.0.1:" + http.getAddress().getPort() + DiscordStub.BASE;
            CineSync app = new CineSync(db, Clock.systemUTC());
            ProfileHandler[] profile = new ProfileHandler[1];
            ProfileQueue queue = userId -> workers.submit(() -> profile[0].handleRequest(sqsEvent(userId), null));
            CommandFunction function = new CommandFunction(app,
                    CommandRunner.of(app, queue, new WebhookClient(WebhookClient.defaultHttpClient(), api)));
            profile[0] = new ProfileHandler(function);
            RateHandler rate = new RateHandler(function);
            Map<Route, RequestStreamHandler> handlers = Map.of(Route.RATE, rate,
                    Route.RECOMMEND, new RecommendHandler(function), Route.STATS, new StatsHandler(function));
            Dispatcher dispatcher = (route, body) -> workers.submit(() -> invoke(handlers.get(route), body));
            Autocompleter autocompleter = (command, option, text) ->
                    AutocompleteRelay.choices(invoke(rate, AutocompleteRelay.request(command, option, text)));
            InteractionsHandler endpoint = new InteractionsHandler(new InteractionRouter(
                    new SignatureVerifier(publicKeyHex, Clock.systemUTC()), dispatcher, autocompleter));
            DiscordStub discord = new DiscordStub();
            http.createContext("/interactions", exchange -> serveInteraction(endpoint, exchange));
            http.createContext(DiscordStub.BASE, discord);
            http.setExecutor(httpThreads);
            http.start();
            app.catalog().get(); // warm, so the first member does not wait for it
            return new LocalServer(http, httpThreads, workers, discord, publicKeyHex);
        } catch (RuntimeException e) {
            http.stop(0);
            workers.shutdownNow();
            httpThreads.shutdownNow();
            throw e;
        }
    }

    /** Runs a stream handler the way Lambda does and returns what it wrote. */
    static byte[] invoke(RequestStreamHandler handler, byte[] payload) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(payload), out, null);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            LOG.error("handler failed", e);
            throw new IllegalStateException(e);
        }
    }

    private static SQSEvent sqsEvent(long userId) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("local-" + System.nanoTime());
        m.setBody(Long.toUnsignedString(userId));
        SQSEvent e = new SQSEvent();
        e.setRecords(List.of(m));
        return e;
    }

    /** HTTP request to payload-2.0 event, as a Function URL would build it, and back. */
    private static void serveInteraction(InteractionsHandler endpoint, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withHeaders(headers).withBody(new String(body, StandardCharsets.UTF_8)).withIsBase64Encoded(false)
                    .withRawPath("/interactions").build();
            APIGatewayV2HTTPResponse response = endpoint.handleRequest(event, null);
            byte[] out = response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.getStatusCode(), out.length);
            exchange.getResponseBody().write(out);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String interactionsUrl() {
        return "http://127.0.0.1:" + port() + "/interactions";
    }

    public String publicKeyHex() {
        return publicKeyHex;
    }

    public DiscordStub discord() {
        return discord;
    }

    @Override
    public void close() {
        http.stop(0);
        httpThreads.shutdown();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
