package app.cinesync.functions.stats;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.CommandStreamHandler;
import app.cinesync.aws.Env;
import app.cinesync.commands.Route;

/**
 * StatsFunction. Invoked asynchronously by the router with a verified {@code /my_stats}; edits
 * the deferred reply with the member's taste profile (recomputed here when the stored one has not
 * seen their latest rating).
 */
public final class StatsHandler extends CommandStreamHandler {
    public StatsHandler() {
        this(CommandFunction.fromEnv(Env.system()));
    }

    /** With the container's wiring given (tests, the local server). */
    public StatsHandler(CommandFunction function) {
        super(function, Route.STATS);
    }
}
