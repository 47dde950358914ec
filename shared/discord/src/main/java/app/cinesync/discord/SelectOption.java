package app.cinesync.discord;

/**
 * One choice of a {@link StringSelect}: what the member reads (cut to Discord's 100 characters)
 * and the value that comes back on submit (at most 100, never cut: a cut value would mean
 * something else).
 */
public record SelectOption(String label, String value) {
    public static final int LABEL = 100;
    public static final int VALUE = 100;

    public SelectOption {
        label = Text.cut(label == null || label.isBlank() ? value : label, LABEL);
        if (value == null || value.isEmpty() || value.length() > VALUE) {
            throw new IllegalArgumentException("an option value must be 1 to " + VALUE + " characters");
        }
    }
}
