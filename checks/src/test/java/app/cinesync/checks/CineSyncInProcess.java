package app.cinesync.checks;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.HandlerHarness;
import app.cinesync.commands.Dispatcher;
import app.cinesync.commands.InteractionRouter;
import app.cinesync.commands.Route;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.discord.AutocompleteRelay;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.HttpResult;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.functions.interactions.InteractionsHandler;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import app.cinesync.functions.rate.RateHandler;
import app.cinesync.functions.recommend.RecommendHandler;
import app.cinesync.functions.stats.StatsHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The whole of CineSync as AWS runs it, in one process: the router's InteractionsHandler, the
 * Rate-, Recommend- and StatsFunction handlers over the test database, dispatch and the
 * autocomplete relay done synchronously (so every reply edit has happened when a request
 * returns), and reply edits going to a local stand-in for Discord's API, which records their
 * bodies. Signatures are checked with the TEST-ONLY key at the fixtures' signing time.
 */
final class CineSyncInProcess implements AutoCloseable {
    final HandlerHarness harness;
    final InteractionsHandler endpoint;
    final InteractionEndpoint router;

    CineSyncInProcess(HandlerHarness harness) {
        this.harness = harness;
        CommandFunction function = harness.function(userId -> { });
        RateHandler rate = new RateHandler(function);
        Map<Route, RequestStreamHandler> handlers = Map.of(Route.RATE, rate,
                Route.RECOMMEND, new RecommendHandler(function), Route.STATS, new StatsHandler(function));
        Dispatcher dispatcher = (route, body) -> invoke(handlers.get(route), body);
        Autocompleter autocompleter = (member, command, option, text) ->
                AutocompleteRelay.choices(invoke(rate, AutocompleteRelay.request(member, command, option, text)));
        this.router = new InteractionEndpoint(new SignatureVerifier(Fixtures.publicKeyHex(), Fixtures.signingClock()),
                new InteractionRouter(dispatcher, autocompleter));
        this.endpoint = new InteractionsHandler(router);
    }

    DiscordStub discord() {
        return harness.discord;
    }

    /** A Function URL event, as Lambda hands it to the router: status and body. */
    HttpResult post(APIGatewayV2HTTPEvent event) {
        var response = endpoint.handleRequest(event, null);
        return new HttpResult(response.getStatusCode(), response.getBody());
    }

    /** Raw interaction bytes, signed as Discord would at the fixtures' signing time. */
    HttpResult post(byte[] interaction) {
        String timestamp = Long.toString(Fixtures.SIGNED_AT);
        return router.handle(Fixtures.signer().sign(timestamp, interaction), timestamp, interaction);
    }

    private static byte[] invoke(RequestStreamHandler handler, byte[] payload) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(payload), out, null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        harness.close();
    }
}
