package app.cinesync.discord;

/** Discord's interaction types (the {@code type} field of an incoming interaction). */
public enum InteractionType {
    PING(1), APPLICATION_COMMAND(2), MESSAGE_COMPONENT(3), AUTOCOMPLETE(4), MODAL_SUBMIT(5);

    private final int code;

    InteractionType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static InteractionType of(int code) {
        for (InteractionType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new MalformedInteractionException("unknown interaction type " + code);
    }
}
