package app.cinesync.functions.recommend;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.CommandStreamHandler;
import app.cinesync.aws.Env;
import app.cinesync.commands.Route;

/**
 * RecommendFunction. Invoked asynchronously by the router with a verified
 * {@code /my_recommendations} or a click on its "More picks" button; edits the deferred reply
 * with the films picked for the member.
 */
public final class RecommendHandler extends CommandStreamHandler {
    public RecommendHandler() {
        this(CommandFunction.fromEnv(Env.system()));
    }

    /** With the container's wiring given (tests, the local server). */
    public RecommendHandler(CommandFunction function) {
        super(function, Route.RECOMMEND);
    }
}
