package app.cinesync.discord;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The public endpoint's whole policy. Verifies the signature first (401 and nothing else on any
 * failure), then answers what can be answered at once (PING, the /rate form, autocomplete,
 * plain mistakes) and defers everything that needs the database: a deferred reply goes back
 * within Discord's 3 seconds and the interaction is dispatched to its handler, which edits the
 * reply when done. What it answers itself is in the member's language ({@link Interaction#language()}).
 */
public final class InteractionRouter {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);
    /** Button ids on recommendation replies start with this; the recommend handler reads the rest. */
    public static final String RECOMMEND_BUTTON_PREFIX = "recs:";
    /** Buttons and drop-downs of the quick-rate set start with this; the rate handler reads the rest. */
    public static final String QUICK_RATE_PREFIX = "qr:";
    /** The router's message catalog ({@code i18n/router*.properties}): its immediate answers and the rating form. */
    public static final String TEXTS = "i18n.router";

    private final SignatureVerifier verifier;
    private final Dispatcher dispatcher;
    private final Autocompleter autocompleter;

    public InteractionRouter(SignatureVerifier verifier, Dispatcher dispatcher, Autocompleter autocompleter) {
        this.verifier = verifier;
        this.dispatcher = dispatcher;
        this.autocompleter = autocompleter;
    }

    /**
     * @param signature the {@code X-Signature-Ed25519} header, or null
     * @param timestamp the {@code X-Signature-Timestamp} header, or null
     * @param body      the raw request body, exactly as signed
     */
    public HttpResult handle(String signature, String timestamp, byte[] body) {
        try {
            verifier.verify(signature, timestamp, body);
        } catch (InvalidSignatureException e) {
            LOG.info("refused request: {}", e.getMessage());
            return HttpResult.error(401, "invalid request signature");
        }
        Interaction interaction;
        try {
            interaction = InteractionParser.parse(body);
        } catch (MalformedInteractionException e) {
            LOG.info("refused signed request: {}", e.getMessage());
            return HttpResult.error(400, e.getMessage());
        }
        MDC.put("interactionId", interaction.id());
        MDC.put("userId", Long.toUnsignedString(interaction.userId()));
        try {
            return HttpResult.json(answer(interaction, body));
        } finally {
            MDC.remove("interactionId");
            MDC.remove("userId");
        }
    }

    private String answer(Interaction in, byte[] body) {
        return switch (in.type()) {
            case PING -> Responses.pong();
            case AUTOCOMPLETE -> Responses.choices(suggest(in));
            case APPLICATION_COMMAND -> in.commandType() == CommandType.CHAT_INPUT ? command(in, body) : appsMenuCommand(in);
            case MODAL_SUBMIT -> RateForm.CUSTOM_ID.equals(in.name())
                    ? defer(in, Route.RATE, body, Responses.deferredMessage(true))
                    : mistake(in, "mistake.form");
            case MESSAGE_COMPONENT -> in.name().startsWith(RECOMMEND_BUTTON_PREFIX)
                    ? defer(in, Route.RECOMMEND, body, Responses.deferredUpdate())
                    : in.name().startsWith(QUICK_RATE_PREFIX)
                    ? defer(in, Route.RATE, body, Responses.deferredUpdate())
                    : mistake(in, "mistake.button");
        };
    }

    private String command(Interaction in, byte[] body) {
        return switch (in.name()) {
            case "rate" -> rate(in, body);
            case "my_recommendations" -> defer(in, Route.RECOMMEND, body, Responses.deferredMessage(true));
            case "my_stats" -> defer(in, Route.STATS, body, Responses.deferredMessage(true));
            default -> mistake(in, "mistake.command", Text.cut(in.name(), 50));
        };
    }

    /** CineSync registers no Apps-menu (user or message) commands: one of those is another app's or an old one. */
    private static String appsMenuCommand(Interaction in) {
        return mistake(in, "mistake.appsMenu", Text.cut(in.name(), 50));
    }

    private String rate(Interaction in, byte[] body) {
        boolean hasMovie = in.option("movie").isPresent();
        boolean hasRating = in.option("rating").isPresent();
        if (!hasMovie && !hasRating) {
            return Responses.rateModal(RateForm.in(in.language()));
        }
        if (hasMovie != hasRating) {
            return mistake(in, "mistake.bothOrNeither");
        }
        return defer(in, Route.RATE, body, Responses.deferredMessage(true));
    }

    private List<Choice> suggest(Interaction in) {
        try {
            List<Choice> choices = autocompleter.suggest(in.userId(), in.name(), in.focused(), in.focusedText());
            return choices.size() > 25 ? choices.subList(0, 25) : choices;
        } catch (RuntimeException e) {
            LOG.warn("autocomplete failed: {}", e.toString());
            return List.of(); // the member can still type the title in full
        }
    }

    private String defer(Interaction in, Route route, byte[] body, String deferred) {
        try {
            dispatcher.dispatch(route, body);
            return deferred;
        } catch (RuntimeException e) {
            LOG.error("dispatch to {} failed: {}", route, e.toString());
            return mistake(in, "mistake.notStarted");
        }
    }

    /** A private answer at once, in the member's language, from the router's own catalog ({@link #TEXTS}). */
    private static String mistake(Interaction in, String key, Object... args) {
        return Responses.message(Message.text(Texts.of(TEXTS, in.language()).get(key, args)), true);
    }
}
