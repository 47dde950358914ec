package app.cinesync.aws;

import app.cinesync.commands.Route;
import app.cinesync.discord.Json;
import app.cinesync.discord.MalformedInteractionException;
import app.cinesync.discord.Responses;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What Rate-, Recommend- and StatsFunction have in common: the payload is the interaction exactly
 * as Discord sent it (the router forwards it after verifying it); the command's work ends in an
 * edit of the deferred reply, and the edited message is also the invocation's result (handy with
 * {@code sam local invoke}).
 */
public abstract class CommandStreamHandler implements RequestStreamHandler {
    private final CommandFunction function; // strong reference: CRaC keeps resources weakly
    private final Route route;

    protected CommandStreamHandler(CommandFunction function, Route route) {
        this.function = function;
        this.route = route;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] body = input.readAllBytes();
        String answer;
        try {
            answer = answer(body);
        } catch (MalformedInteractionException e) {
            answer = Json.error(e.getMessage()); // no token to answer with; retrying cannot help
        }
        output.write(answer.getBytes(StandardCharsets.UTF_8));
    }

    /** Does the work; by default the command's, ending in the reply edit. */
    protected String answer(byte[] interaction) {
        return Responses.edit(function.runner().run(route, interaction));
    }
}
