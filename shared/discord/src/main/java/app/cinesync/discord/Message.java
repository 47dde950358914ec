package app.cinesync.discord;

import java.util.List;

/**
 * A reply: optional plain content, embeds (at most 10, as Discord allows) and buttons (at most 5,
 * in one row).
 */
public record Message(String content, List<Embed> embeds, List<Button> buttons) {
    public Message {
        content = content == null ? null : Text.cut(content, 2000);
        embeds = List.copyOf(embeds == null ? List.of() : embeds.subList(0, Math.min(10, embeds.size())));
        buttons = List.copyOf(buttons == null ? List.of() : buttons.subList(0, Math.min(5, buttons.size())));
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
