package app.cinesync.discord;

import java.util.List;

/**
 * A drop-down of fixed choices (component type 3) in a modal, where the member picks between
 * {@code minValues} and {@code maxValues} of 1 to 25 options; the picked values come back on
 * submit (the parser joins several with spaces).
 *
 * @param placeholder shown while nothing is picked (cut to Discord's 150), or null
 */
public record StringSelect(String customId, String placeholder, int minValues, int maxValues, boolean required,
                           List<SelectOption> options) implements ModalInput {
    public static final int MAX_OPTIONS = 25;
    public static final int PLACEHOLDER = 150;

    public StringSelect {
        ModalInput.checkedId(customId);
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a select has 1 to " + MAX_OPTIONS + " options");
        }
        if (minValues < 0 || maxValues < 1 || minValues > maxValues || maxValues > options.size()) {
            throw new IllegalArgumentException("values must satisfy 0 <= min <= max <= options, max >= 1");
        }
        placeholder = placeholder == null ? null : Text.cut(placeholder, PLACEHOLDER);
    }

    /** A required pick of exactly one option. */
    public static StringSelect single(String customId, String placeholder, List<SelectOption> options) {
        return new StringSelect(customId, placeholder, 1, 1, true, options);
    }
}
