package app.cinesync.discord;

/** One autocomplete suggestion: what the member sees and the value the command receives. */
public record Choice(String name, String value) {
    public Choice {
        name = Text.cut(name, 100);
        value = Text.cut(value, 100);
    }
}
