package app.cinesync.discord;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One incoming interaction, reduced to what CineSync uses.
 *
 * @param name     the command name for commands and autocomplete, the {@code custom_id} for
 *                 modal submits and button clicks
 * @param options  option values (or modal input values) by name, as strings; for a drop-down in a
 *                 message, what was picked under {@link #PICKED}
 * @param focused  for autocomplete, the option being typed; otherwise null
 * @param commandType for commands and autocomplete, slash or Apps-menu command; otherwise null
 * @param locale   the member's Discord client language ({@code locale}, e.g. {@code fr}), or null
 * @param guildLocale the server's preferred language ({@code guild_locale}), or null outside servers
 */
public record Interaction(
        InteractionType type,
        String id,
        String applicationId,
        String token,
        String guildId,
        long userId,
        String userName,
        String name,
        Map<String, String> options,
        String focused,
        CommandType commandType,
        String locale,
        String guildLocale) {

    /** The option under which a message drop-down's picked values come (joined with spaces). */
    public static final String PICKED = "values";

    public Interaction {
        Objects.requireNonNull(type, "type");
        options = options == null ? Map.of() : Map.copyOf(options);
        if (commandType == null && (type == InteractionType.APPLICATION_COMMAND || type == InteractionType.AUTOCOMPLETE)) {
            commandType = CommandType.CHAT_INPUT;
        }
    }

    /** An interaction as the command handlers' tests build it; commands are slash commands, the language English. */
    public Interaction(InteractionType type, String id, String applicationId, String token, String guildId, long userId,
                       String userName, String name, Map<String, String> options, String focused) {
        this(type, id, applicationId, token, guildId, userId, userName, name, options, focused, null, null, null);
    }

    /** The language to answer in: the member's, else the server's, else English ({@link Languages}). */
    public Locale language() {
        return Languages.of(locale, guildLocale);
    }

    /** The option's value, blank values counted as absent. */
    public Optional<String> option(String optionName) {
        String v = options.get(optionName);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** What the member has typed so far into the focused autocomplete option. */
    public String focusedText() {
        return focused == null ? "" : options.getOrDefault(focused, "");
    }
}
