package app.cinesync.functions.rate;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.CommandStreamHandler;
import app.cinesync.aws.Env;
import app.cinesync.commands.Route;
import app.cinesync.discord.AutocompleteInteraction;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.InteractionParser;
import app.cinesync.discord.Responses;

/**
 * RateFunction. Invoked asynchronously by the router with a verified {@code /rate} command or
 * rating-form submit: stores the rating, learns from it, queues the profile refresh and edits
 * the deferred reply. Invoked synchronously with an autocomplete interaction, it answers with
 * title suggestions (the router carries no JDBC of its own).
 */
public final class RateHandler extends CommandStreamHandler {
    private final Autocompleter autocompleter;

    public RateHandler() {
        this(CommandFunction.fromEnv(Env.system()));
    }

    /** With the container's wiring given (tests, the local server). */
    public RateHandler(CommandFunction function) {
        super(function, Route.RATE);
        this.autocompleter = function.app().autocomplete();
    }

    @Override
    protected String answer(byte[] body) {
        return InteractionParser.parse(body) instanceof AutocompleteInteraction in
                ? Responses.choices(autocompleter.suggest(in.memberId(), in.command(), in.focusedOption(), in.typed()))
                : super.answer(body);
    }
}
