package app.cinesync.functions.interactions;

import app.cinesync.commands.Dispatcher;
import app.cinesync.commands.Route;
import app.cinesync.discord.AutocompleteRelay;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Dispatch in AWS: an asynchronous {@code Invoke} ({@code InvocationType=Event}) of the
 * command's function, which Lambda queues and runs after we have answered Discord. Autocomplete
 * is a synchronous {@code Invoke} of RateFunction, which owns the catalog's database access.
 */
public final class LambdaDispatcher implements Dispatcher, Autocompleter {
    private final LambdaClient lambda;
    private final Map<Route, String> functions;

    public LambdaDispatcher(LambdaClient lambda, Map<Route, String> functions) {
        this.lambda = lambda;
        this.functions = Map.copyOf(functions);
    }

    /**
     * SnapStart priming: a {@code DryRun} invoke of each function checks permissions without
     * running anything, and on the way loads and initialises the SDK's request, signing and
     * HTTP classes, so the first real dispatch after a restore does not pay for them. Each asks
     * for {@code Connection: close}, so no keep-alive socket goes into the snapshot for the first
     * real dispatch to find dead after a restore (and spend one of its two attempts on).
     */
    public void prime() {
        for (String function : functions.values()) {
            try {
                lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.DRY_RUN)
                        .overrideConfiguration(o -> o.putHeader("Connection", "close")));
            } catch (RuntimeException e) {
                // priming is best effort: a restored container still works, only slower the first time
            }
        }
    }

    @Override
    public void dispatch(Route route, byte[] interactionJson) {
        InvokeResponse r = lambda.invoke(b -> b.functionName(functions.get(route))
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromByteArray(interactionJson)));
        if (r.statusCode() != 202) {
            throw new IllegalStateException("Lambda accepted the " + route + " dispatch with status " + r.statusCode());
        }
    }

    /**
     * Asks RateFunction, synchronously, with a minimal autocomplete interaction carrying just
     * who typed what ({@link AutocompleteRelay}); passes on the choices it answers with.
     */
    @Override
    public List<Choice> suggest(long memberId, String command, String option, String text) {
        InvokeResponse r = lambda.invoke(b -> b.functionName(functions.get(Route.RATE))
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .payload(SdkBytes.fromByteArray(AutocompleteRelay.request(memberId, command, option, text))));
        if (r.functionError() != null) {
            throw new IllegalStateException("autocomplete failed in RateFunction: " + r.functionError());
        }
        return AutocompleteRelay.choices(r.payload().asByteArray());
    }
}
