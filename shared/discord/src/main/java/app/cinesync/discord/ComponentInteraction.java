package app.cinesync.discord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A click on a button, or a pick in a drop-down, of a message (type 3).
 *
 * @param customId the component's {@code custom_id}, as the application set it
 * @param values   what was picked in a drop-down, in order; empty for a button
 */
public record ComponentInteraction(InteractionContext context, String customId, List<String> values) implements MemberInteraction {
    public ComponentInteraction {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(customId, "customId");
        values = List.copyOf(values);
    }

    /** A click on the button {@code customId}. */
    public static ComponentInteraction click(InteractionContext context, String customId) {
        return new ComponentInteraction(context, customId, List.of());
    }

    /** {@code value} picked in the drop-down {@code customId}. */
    public static ComponentInteraction pick(InteractionContext context, String customId, String value) {
        return new ComponentInteraction(context, customId, List.of(value));
    }

    /** The one value picked in a single-choice drop-down; empty for a button, or when none (or several) were picked. */
    public Optional<String> picked() {
        return values.size() == 1 && !values.getFirst().isBlank() ? Optional.of(values.getFirst().strip()) : Optional.empty();
    }
}
