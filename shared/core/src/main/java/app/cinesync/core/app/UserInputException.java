package app.cinesync.core.app;

import java.util.List;

/**
 * The member asked for something a command can't do as asked. Carries what to tell them, as a
 * text of the commands' catalog ({@link Replies#TEXTS}) and its arguments; {@link Mistakes} words
 * it in the member's language. Nothing has been stored when this is thrown.
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

    public List<Object> args() {
        return args;
    }
}
