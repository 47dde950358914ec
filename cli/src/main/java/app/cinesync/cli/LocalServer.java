package app.cinesync.cli;

import app.cinesync.aws.CommandFunction;
import app.cinesync.commands.Dispatcher;
import app.cinesync.commands.InteractionRouter;
import app.cinesync.commands.Route;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.app.ProfileQueue;
import app.cinesync.core.db.DataAccessException;
import app.cinesync.core.db.Database;
import app.cinesync.discord.AutocompleteRelay;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.discord.WebhookClient;
import app.cinesync.functions.interactions.InteractionsHandler;
import app.cinesync.functions.profile.ProfileHandler;
import app.cinesync.functions.rate.RateHandler;
import app.cinesync.functions.recommend.RecommendHandler;
import app.cinesync.functions.stats.StatsHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interactions endpoint on 127.0.0.1, wired exactly like AWS but in one process: the same
 * {@link InteractionsHandler} answers {@code POST /interactions}; dispatch runs the same
 * Rate/Recommend/StatsHandler on a worker pool after the deferred reply has gone out (as an
 * asynchronous Lambda invoke would); the profile queue feeds the same ProfileHandler; replies
 * are edited through the same webhook client, against the built-in Discord stand-in
 * ({@link DiscordStub}) unless a real Discord API base URL is given.
 *
 * <p>It is meant to face real Discord through a tunnel, so it runs on Jetty with limits:
 * request bodies (see {@link InteractionsHttpHandler}), an idle timeout per connection, a cap on
 * connections, and enough threads that slow or many clients cannot stall a PING. Autocomplete
 * gets the same 2 s the router gives its relay to RateFunction in AWS.
 */
public final class LocalServer implements AutoCloseable {
    /** A connection that sends nothing for this long is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    static final int HTTP_THREADS = 64;
    static final int MAX_CONNECTIONS = 512;
    /** What the router in AWS waits for RateFunction's suggestions (its Lambda client's socket timeout). */
    static final Duration AUTOCOMPLETE_BUDGET = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(LocalServer.class);

    private final Server http;
    private final ServerConnector connector;
    private final ExecutorService workers;
    private final ExecutorService relay;
    private final DiscordStub discord;
    private final String publicKeyHex;

    private LocalServer(Server http, ServerConnector connector, ExecutorService workers, ExecutorService relay, DiscordStub discord,
                        String publicKeyHex) {
        this.http = http;
        this.connector = connector;
        this.workers = workers;
        this.relay = relay;
        this.discord = discord;
        this.publicKeyHex = publicKeyHex;
    }

    /**
     * @param port          0 for any free port
     * @param discordApiUrl where reply edits go; null for the built-in stand-in at {@code /api/v10}
     */
    public static LocalServer start(Database db, int port, String publicKeyHex, String discordApiUrl) {
        QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 8);
        threads.setName("cinesync-http");
        Server http = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(http, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        http.addConnector(connector);
        http.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        ExecutorService relay = Executors.newFixedThreadPool(4);
        try {
            DiscordStub discord = new DiscordStub();
            SizeLimitHandler limits = new SizeLimitHandler(InteractionsHttpHandler.MAX_BODY_BYTES, -1);
            http.setHandler(limits);
            connector.open(); // the port is known from here on: the stand-in's URL needs it
            String api = discordApiUrl != null ? discordApiUrl : "http://127.0.0.1:" + connector.getLocalPort() + DiscordStub.BASE;
            CineSync app = new CineSync(db, Clock.systemUTC());
            limits.setHandler(new Handler.Sequence(new InteractionsHttpHandler(endpoint(app, publicKeyHex, api, workers, relay), threads),
                    discord));
            http.start();
            app.catalog().get(); // warm, so the first member does not wait for it
            return new LocalServer(http, connector, workers, relay, discord, publicKeyHex);
        } catch (Exception e) {
            stopQuietly(http);
            workers.shutdownNow();
            relay.shutdownNow();
            throw new IllegalStateException("could not start the local endpoint on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** The router as in AWS, with in-process dispatch, profile queue and autocomplete relay. */
    private static InteractionsHandler endpoint(CineSync app, String publicKeyHex, String api, ExecutorService workers,
                                                ExecutorService relay) {
        ProfileHandler[] profile = new ProfileHandler[1];
        ProfileQueue queue = userId -> workers.submit(() -> profile[0].handleRequest(sqsEvent(userId), null));
        CommandFunction function = new CommandFunction(app,
                CommandRunner.of(app, queue, new WebhookClient(WebhookClient.defaultHttpClient(), api)));
        profile[0] = new ProfileHandler(function);
        RateHandler rate = new RateHandler(function);
        Map<Route, RequestStreamHandler> handlers = Map.of(Route.RATE, rate,
                Route.RECOMMEND, new RecommendHandler(function), Route.STATS, new StatsHandler(function));
        Dispatcher dispatcher = (route, body) -> workers.submit(() -> invoke(handlers.get(route), body));
        Autocompleter autocompleter = (member, command, option, text) ->
                suggest(relay, rate, AutocompleteRelay.request(member, command, option, text));
        return new InteractionsHandler(new InteractionEndpoint(new SignatureVerifier(publicKeyHex, Clock.systemUTC()),
                new InteractionRouter(dispatcher, autocompleter)));
    }

    /** RateHandler's suggestions within {@link #AUTOCOMPLETE_BUDGET}; none when the database cannot be reached. */
    private static List<Choice> suggest(ExecutorService relay, RateHandler rate, byte[] request) {
        CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> invoke(rate, request), relay);
        try {
            return AutocompleteRelay.choices(answer.get(AUTOCOMPLETE_BUDGET.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IllegalStateException("no suggestions within " + AUTOCOMPLETE_BUDGET.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataAccessException d && d.unavailable()) {
                return List.of(); // the outage is reported by the database's outage log; the member can type the title
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a stream handler the way Lambda does and returns what it wrote. */
    static byte[] invoke(RequestStreamHandler handler, byte[] payload) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(payload), out, null);
            return out.toByteArray();
        } catch (DataAccessException e) {
            if (!e.unavailable()) {
                LOG.error("handler failed", e);
            }
            throw e;
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

    public int port() {
        return connector.getLocalPort();
    }

    public String interactionsUrl() {
        return "http://127.0.0.1:" + port() + InteractionsHttpHandler.PATH;
    }

    public String publicKeyHex() {
        return publicKeyHex;
    }

    public DiscordStub discord() {
        return discord;
    }

    /** Lets dispatched work finish (its reply edits go to the stand-in on this server), then stops serving. */
    @Override
    public void close() {
        relay.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopQuietly(http);
    }

    private static void stopQuietly(Server http) {
        try {
            http.stop();
        } catch (Exception e) {
            LOG.warn("the HTTP server did not stop cleanly: {}", e.toString());
        }
    }
}
