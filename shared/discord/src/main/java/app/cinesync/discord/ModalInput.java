package app.cinesync.discord;

/** What a modal's {@link Label} can hold: a field whose value comes back, by its custom id, on submit. */
public sealed interface ModalInput permits TextInput, StringSelect {
    /** 1 to 100 characters; the key of the value in the submitted interaction's options. */
    String customId();

    /** Discord's limit on every custom id. */
    int MAX_CUSTOM_ID = 100;

    static String checkedId(String customId) {
        if (customId == null || customId.isEmpty() || customId.length() > MAX_CUSTOM_ID) {
            throw new IllegalArgumentException("custom_id must be 1 to " + MAX_CUSTOM_ID + " characters");
        }
        return customId;
    }
}
