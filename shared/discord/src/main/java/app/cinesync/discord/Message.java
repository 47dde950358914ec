package app.cinesync.discord;

import java.util.List;

/**
 * A reply: optional plain content, embeds (at most 10, as Discord allows), then its components:
 * drop-downs ({@link StringSelect}, one action row each) above buttons (in rows of 5); at most 5
 * action rows in all.
 */
public record Message(String content, List<Embed> embeds, List<StringSelect> selects, List<Button> buttons) {
    /** Discord's limit of action rows in a message. */
    public static final int MAX_ROWS = 5;
    /** 5 action rows of 5 buttons; they are laid out in rows of 5, in order. */
    public static final int MAX_BUTTONS = 25;

    public Message {
        content = content == null ? null : Text.cut(content, 2000);
        embeds = List.copyOf(embeds == null ? List.of() : embeds.subList(0, Math.min(10, embeds.size())));
        selects = List.copyOf(selects == null ? List.of() : selects);
        buttons = List.copyOf(buttons == null ? List.of() : buttons.subList(0, Math.min(MAX_BUTTONS, buttons.size())));
        if (selects.size() + (buttons.size() + 4) / 5 > MAX_ROWS) {
            throw new IllegalArgumentException("a message holds at most " + MAX_ROWS + " action rows");
        }
    }

    public Message(String content, List<Embed> embeds, List<Button> buttons) {
        this(content, embeds, List.of(), buttons);
    }

    public static Message text(String content) {
        return new Message(content, List.of(), List.of());
    }

    public static Message of(Embed embed) {
        return new Message(null, List.of(embed), List.of());
    }

    public Message withButtons(List<Button> newButtons) {
        return new Message(content, embeds, selects, newButtons);
    }

    public Message withSelects(List<StringSelect> newSelects) {
        return new Message(content, embeds, newSelects, buttons);
    }
}
