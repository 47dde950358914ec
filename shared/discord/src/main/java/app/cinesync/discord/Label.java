package app.cinesync.discord;

import java.util.Objects;

/**
 * A labelled field of a modal (component type 18): the label (cut to Discord's 45 characters),
 * an optional description under it (cut to 100) and the input itself.
 */
public record Label(String label, String description, ModalInput component) {
    public static final int LABEL = 45;
    public static final int DESCRIPTION = 100;

    public Label {
        label = Text.cut(Objects.requireNonNull(label, "label"), LABEL);
        description = description == null || description.isBlank() ? null : Text.cut(description, DESCRIPTION);
        Objects.requireNonNull(component, "component");
    }
}
