package app.cinesync.discord;

import java.util.Map;
import java.util.Objects;

/**
 * A member typing into a slash command's option that offers suggestions (type 4): which command,
 * which option has the focus, and what has been typed into it so far.
 *
 * @param options every option filled in so far, by name, the focused one included
 */
public record AutocompleteInteraction(InteractionContext context, String command, String focusedOption, Map<String, String> options)
        implements MemberInteraction {
    public AutocompleteInteraction {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(command, "command");
        options = Map.copyOf(options);
    }

    /** {@code text} typed into {@code option} of {@code command}, nothing else filled in. */
    public static AutocompleteInteraction typing(InteractionContext context, String command, String option, String text) {
        return new AutocompleteInteraction(context, command, option, Map.of(option, text));
    }

    /** What the member has typed so far into the focused option ("" before anything). */
    public String typed() {
        return focusedOption == null ? "" : options.getOrDefault(focusedOption, "");
    }
}
