package app.cinesync.functions.recommend;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.Env;
import app.cinesync.core.app.CommandRunner;
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
 * RecommendFunction. Invoked asynchronously by the router with a verified `/my_recommendations` and its "More picks" button; edits the
 * deferred reply with the result. The payload is the interaction exactly as Discord sent it.
 */
public final class RecommendHandler implements RequestStreamHandler {
    private final CommandFunction function; // strong reference: CRaC keeps resources weakly
    private final CommandRunner runner;

    public RecommendHandler() {
        this(CommandFunction.fromEnv(Env.system()));
    }

    /** With the container's wiring given (tests, the local server). */
    public RecommendHandler(CommandFunction function) {
        this.function = function;
        this.runner = function.runner();
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String answer;
        try {
            answer = Responses.edit(runner.run(Route.RECOMMEND, input.readAllBytes()));
        } catch (MalformedInteractionException e) {
            answer = Json.error(e.getMessage()); // no token to answer with; retrying cannot help
        }
        output.write(answer.getBytes(StandardCharsets.UTF_8));
    }
}
