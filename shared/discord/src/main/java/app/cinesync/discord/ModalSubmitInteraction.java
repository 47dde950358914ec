package app.cinesync.discord;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A form submitted (type 5): the modal's {@code custom_id} and what the member entered.
 *
 * @param values each field's value by its custom id: a text input's text, a select's picked values
 *               joined with spaces
 */
public record ModalSubmitInteraction(InteractionContext context, String customId, Map<String, String> values) implements MemberInteraction {
    public ModalSubmitInteraction {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(customId, "customId");
        values = Map.copyOf(values);
    }

    /** The field's value, blank values counted as absent. */
    public Optional<String> value(String fieldId) {
        return Options.get(values, fieldId);
    }
}
