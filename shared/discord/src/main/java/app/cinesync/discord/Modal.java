package app.cinesync.discord;

import java.util.List;

/**
 * A form (interaction response type 9): a title (cut to Discord's 45 characters) over 1 to 5
 * labelled fields, the most Discord's clients show. On submit, a {@link ModalSubmitInteraction}
 * carries {@code customId} and the fields' values by their custom ids.
 */
public record Modal(String customId, String title, List<Label> labels) {
    public static final int TITLE = 45;
    public static final int MAX_LABELS = 5;

    public Modal {
        ModalInput.checkedId(customId);
        title = Text.cut(title, TITLE);
        labels = List.copyOf(labels);
        if (labels.isEmpty() || labels.size() > MAX_LABELS) {
            throw new IllegalArgumentException("a modal has 1 to " + MAX_LABELS + " fields");
        }
    }
}
