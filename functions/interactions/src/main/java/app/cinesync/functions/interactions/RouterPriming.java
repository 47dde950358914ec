package app.cinesync.functions.interactions;

import app.cinesync.commands.RateForm;
import app.cinesync.discord.Choice;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.InteractionParser;
import app.cinesync.discord.Languages;
import app.cinesync.discord.RequestSigner;
import app.cinesync.discord.Responses;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: before the snapshot, runs the verification, parsing and response code
 * paths once (a request that fails verification, so nothing is dispatched) and primes the
 * Lambda client with dry-run invokes, so that the restored container answers and dispatches its
 * first real request with those classes loaded and initialised, over a new connection: the
 * dry runs leave no keep-alive socket behind ({@link LambdaDispatcher#prime()}).
 */
final class RouterPriming implements Resource {
    private final InteractionEndpoint endpoint;
    private final LambdaDispatcher dispatcher;

    private RouterPriming(InteractionEndpoint endpoint, LambdaDispatcher dispatcher) {
        this.endpoint = endpoint;
        this.dispatcher = dispatcher;
    }

    static RouterPriming register(InteractionEndpoint endpoint, LambdaDispatcher dispatcher) {
        RouterPriming p = new RouterPriming(endpoint, dispatcher);
        Core.getGlobalContext().register(p);
        return p;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        byte[] ping = "{\"type\":1,\"id\":\"0\",\"application_id\":\"0\"}".getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        endpoint.handle(RequestSigner.random().sign(ts, ping), ts, ping); // wrong key: 401, verification exercised
        InteractionParser.parse(ping);
        Responses.deferredMessage(true);
        Responses.choices(List.of(new Choice("Amélie (2001)", "m:1")));
        for (Locale language : Languages.SUPPORTED) { // the message catalogs and forms, read before the snapshot
            RateForm.in(language).response();
        }
        dispatcher.prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing held that a restore invalidates: priming closed its connections (Connection:
        // close), so the first dispatch opens a fresh one
    }
}
