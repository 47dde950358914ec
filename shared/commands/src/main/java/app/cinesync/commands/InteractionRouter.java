package app.cinesync.commands;

import app.cinesync.discord.AutocompleteInteraction;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.CommandType;
import app.cinesync.discord.ComponentInteraction;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.InteractionResponder;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.Message;
import app.cinesync.discord.ModalSubmitInteraction;
import app.cinesync.discord.Responses;
import app.cinesync.discord.Text;
import app.cinesync.discord.Texts;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CineSync's routing, the public endpoint's whole policy once the protocol has verified and read a
 * request ({@link app.cinesync.discord.InteractionEndpoint}): answers what can be answered at once
 * (the /rate form, autocomplete, plain mistakes) and defers everything that needs the database: a
 * deferred reply goes back within Discord's 3 seconds and the interaction is dispatched to the
 * function of its {@link Route}, which edits the reply when done. What it answers itself is in the
 * member's language, from its own catalog ({@link #TEXTS}).
 */
public final class InteractionRouter implements InteractionResponder {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);
    /** The router's message catalog ({@code i18n/router*.properties}): its immediate answers and the rating form. */
    public static final String TEXTS = "i18n.router";

    private final Dispatcher dispatcher;
    private final Autocompleter autocompleter;

    public InteractionRouter(Dispatcher dispatcher, Autocompleter autocompleter) {
        this.dispatcher = dispatcher;
        this.autocompleter = autocompleter;
    }

    @Override
    public String respond(MemberInteraction in, byte[] body) {
        return switch (in) {
            case AutocompleteInteraction typing -> Responses.choices(suggest(typing));
            case CommandInteraction command -> command.commandType() == CommandType.CHAT_INPUT
                    ? command(command, body)
                    : mistake(in, "mistake.appsMenu", Text.cut(command.name(), 50)); // CineSync has no Apps-menu commands
            case ModalSubmitInteraction form -> RateForm.CUSTOM_ID.equals(form.customId())
                    ? defer(in, Route.RATE, body, Responses.deferredMessage(true))
                    : mistake(in, "mistake.form");
            case ComponentInteraction click -> RecommendId.claims(click.customId())
                    ? defer(in, Route.RECOMMEND, body, Responses.deferredUpdate())
                    : QuickRateId.claims(click.customId())
                    ? defer(in, Route.RATE, body, Responses.deferredUpdate())
                    : mistake(in, "mistake.button");
        };
    }

    private String command(CommandInteraction in, byte[] body) {
        return switch (in.name()) {
            case Commands.RATE -> rate(in, body);
            case Commands.MY_RECOMMENDATIONS -> defer(in, Route.RECOMMEND, body, Responses.deferredMessage(true));
            case Commands.MY_STATS -> defer(in, Route.STATS, body, Responses.deferredMessage(true));
            default -> mistake(in, "mistake.command", Text.cut(in.name(), 50));
        };
    }

    private String rate(CommandInteraction in, byte[] body) {
        RateInput input = RateInput.of(in);
        if (input.isEmpty()) {
            return RateForm.in(in.language()).response();
        }
        if (input.isPartial()) {
            return mistake(in, "mistake.bothOrNeither");
        }
        return defer(in, Route.RATE, body, Responses.deferredMessage(true));
    }

    private List<Choice> suggest(AutocompleteInteraction in) {
        try {
            List<Choice> choices = autocompleter.suggest(in.memberId(), in.command(), in.focusedOption(), in.typed());
            return choices.size() > 25 ? choices.subList(0, 25) : choices;
        } catch (RuntimeException e) {
            LOG.warn("autocomplete failed: {}", e.toString());
            return List.of(); // the member can still type the title in full
        }
    }

    private String defer(MemberInteraction in, Route route, byte[] body, String deferred) {
        try {
            dispatcher.dispatch(route, body);
            return deferred;
        } catch (RuntimeException e) {
            LOG.error("dispatch to {} failed: {}", route, e.toString());
            return mistake(in, "mistake.notStarted");
        }
    }

    /** A private answer at once, in the member's language, from the router's own catalog ({@link #TEXTS}). */
    private static String mistake(MemberInteraction in, String key, Object... args) {
        return Responses.message(Message.text(Texts.of(TEXTS, in.language()).get(key, args)), true);
    }
}
