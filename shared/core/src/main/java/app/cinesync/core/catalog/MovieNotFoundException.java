package app.cinesync.core.catalog;

import app.cinesync.core.app.UserInputException;
import app.cinesync.discord.Text;
import app.cinesync.discord.Texts;
import java.util.List;

/** No film matches what the member named. Carries close matches to offer instead. */
public final class MovieNotFoundException extends UserInputException {
    private final String named;
    private final List<Movie> suggestions;

    public MovieNotFoundException(String named, List<Movie> suggestions) {
        super(key(named, suggestions));
        this.named = named.strip();
        this.suggestions = List.copyOf(suggestions);
    }

    public List<Movie> suggestions() {
        return suggestions;
    }

    /** A film id (from autocomplete) that no longer exists, a title with no match, or one with several. */
    private static String key(String named, List<Movie> suggestions) {
        return !suggestions.isEmpty() ? "notFound.which" : named.strip().startsWith("m:") ? "notFound.gone" : "notFound.none";
    }

    @Override
    public String messageIn(Texts t) {
        String shown = Text.cut(named, 100);
        String titles = String.join(", ", suggestions.stream().limit(5).map(Movie::displayTitle).toList());
        return t.get(key(), shown, titles);
    }
}
