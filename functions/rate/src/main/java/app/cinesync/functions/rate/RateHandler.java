package app.cinesync.functions.rate;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.Env;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Interaction;
import app.cinesync.discord.InteractionParser;
import app.cinesync.discord.InteractionType;
import app.cinesync.discord.Json;
import app.cinesync.discord.MalformedInteractionException;
import app.cinesync.discord.Responses;
import app.cinesync.discord.Route;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RateFunction. Invoked asynchronously by the router with a verified {@code /rate} command or
 * rating-form submit: stores the rating, learns from it, queues the profile refresh and edits
 * the deferred reply. Invoked synchronously with an autocomplete interaction, it answers with
 * title suggestions (the router carries no JDBC of its own).
 */
public final class RateHandler implements RequestStreamHandler {
    private final CommandFunction function; // strong reference: CRaC keeps resources weakly
    private final CommandRunner runner;
    private final Autocompleter autocompleter;

    public RateHandler() {
        this(CommandFunction.fromEnv(Env.system()));
    }

    /** With the container's wiring given (tests, the local server). */
    public RateHandler(CommandFunction function) {
        this.function = function;
        this.runner = function.runner();
        this.autocompleter = function.app().autocomplete();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] body = input.readAllBytes();
        String answer;
        try {
            Interaction in = InteractionParser.parse(body);
            answer = in.type() == InteractionType.AUTOCOMPLETE
                    ? Responses.choices(autocompleter.suggest(in.name(), in.focused(), in.focusedText()))
                    : Responses.edit(runner.run(Route.RATE, body));
        } catch (MalformedInteractionException e) {
            answer = Json.error(e.getMessage()); // no token to answer with; retrying cannot help
        }
        output.write(answer.getBytes(StandardCharsets.UTF_8));
    }
}
