package app.cinesync.discord;

/** A secondary-style button; {@code customId} comes back as the {@link ComponentInteraction#customId()} of a click. */
public record Button(String label, String customId) {
    public Button {
        label = Text.cut(label, 80);
        if (customId.length() > 100) {
            throw new IllegalArgumentException("custom_id longer than 100 characters");
        }
    }
}
