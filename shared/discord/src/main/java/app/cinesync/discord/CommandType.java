package app.cinesync.discord;

/**
 * What kind of application command was used ({@code data.type} of a command interaction): a
 * slash command typed in the message box, or an Apps-menu command on a user or a message.
 */
public enum CommandType {
    CHAT_INPUT(1), USER(2), MESSAGE(3);

    private final int code;

    CommandType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type Discord sent; a command without one is a slash command, as Discord defaults it. */
    static CommandType of(Object code) {
        if (code == null) {
            return CHAT_INPUT;
        }
        for (CommandType t : values()) {
            if (code instanceof Long l && t.code == l) {
                return t;
            }
        }
        throw new MalformedInteractionException("unknown application command type " + code);
    }
}
