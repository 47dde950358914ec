package app.cinesync.discord;

/**
 * A one-line text field (component type 4, style 1) in a modal. Its label and description are
 * the enclosing {@link Label}'s, as Discord now wants; the placeholder is cut to Discord's 100.
 *
 * @param placeholder shown greyed while empty, or null
 */
public record TextInput(String customId, int minLength, int maxLength, boolean required, String placeholder) implements ModalInput {
    public static final int MAX_LENGTH = 4000;
    public static final int PLACEHOLDER = 100;

    public TextInput {
        ModalInput.checkedId(customId);
        if (minLength < 0 || maxLength < 1 || maxLength > MAX_LENGTH || minLength > maxLength) {
            throw new IllegalArgumentException("lengths must satisfy 0 <= min <= max <= " + MAX_LENGTH + ", max >= 1");
        }
        placeholder = placeholder == null ? null : Text.cut(placeholder, PLACEHOLDER);
    }
}
