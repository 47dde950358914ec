package app.cinesync.discord;

import java.util.List;

/**
 * A reply: optional plain content, embeds (at most 10, as Discord allows) and buttons (at most 25,
 * in rows of 5).
 */
public record Message(String content, List<Embed> embeds, List<Button> buttons) {
    /** Discord's limit: 5 action rows of 5 buttons; they are laid out in rows of 5, in order. */
    public static final int MAX_BUTTONS = 25;

    public Message {
        content = content == null ? null : Text.cut(content, 2000);
        embeds = List.copyOf(embeds == null ? List.of() : embeds.subList(0, Math.min(10, embeds.size())));
        buttons = List.copyOf(buttons == null ? List.of() : buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size())));
    }

    public static Message text(String content) {
        return new Message(content, List.of(), List.of());
    }

    public static Message of(Embed embed) {
        return new Message(null, List.of(embed), List.of());
    }

    public Message withButtons(List<Button> newButtons) {
        return new Message(content, embeds, newButtons);
    }
}
