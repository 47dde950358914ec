package app.cinesync.core.app;

import app.cinesync.discord.Languages;
import app.cinesync.discord.Texts;
import java.util.List;

/**
 * The member asked for something we can't do as asked. Carries what to tell them, as a text of
 * the commands' catalog ({@link Replies#TEXTS}) and its arguments, so that {@link CommandRunner}
 * shows it privately in the member's language. Nothing has been stored when this is thrown.
 */
public class UserInputException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    /** @param key a text of {@link Replies#TEXTS}; {@code args} fill its placeholders */
    public UserInputException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    /** What the member reads, in {@code t}'s language. */
    public String messageIn(Texts t) {
        return t.get(key, args.toArray());
    }

    /** The English text (for tests and tools; members get {@link #messageIn(Texts)}). */
    @Override
    public String getMessage() {
        return messageIn(Texts.of(Replies.TEXTS, Languages.ENGLISH));
    }
}
