package app.cinesync.discord;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An application command (type 2): a slash command typed in the message box, or an Apps-menu
 * command on a user or a message ({@link CommandType}), with its options.
 *
 * @param options option values by name, as strings (a sub-command's options flattened in)
 */
public record CommandInteraction(InteractionContext context, CommandType commandType, String name, Map<String, String> options)
        implements MemberInteraction {
    public CommandInteraction {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(commandType, "commandType");
        Objects.requireNonNull(name, "name");
        options = Map.copyOf(options);
    }

    /** The slash command {@code /name} with these options. */
    public static CommandInteraction slash(InteractionContext context, String name, Map<String, String> options) {
        return new CommandInteraction(context, CommandType.CHAT_INPUT, name, options);
    }

    /** The option's value, blank values counted as absent. */
    public Optional<String> option(String optionName) {
        return Options.get(options, optionName);
    }
}
