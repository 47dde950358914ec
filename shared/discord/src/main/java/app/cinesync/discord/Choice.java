package app.cinesync.discord;

/** One autocomplete suggestion: what the member sees and the value the command receives. */
public record Choice(String name, String value) {
    /** Discord's limit on a choice's name. */
    public static final int NAME = 100;

    public Choice {
        name = Text.cut(name, NAME);
        value = Text.cut(value, 100);
    }
}
