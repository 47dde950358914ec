package app.cinesync.core.catalog;

import app.cinesync.core.app.UserInputException;
import java.util.List;

/** No film matches what the member named. Carries close matches to offer instead. */
public final class MovieNotFoundException extends UserInputException {
    private final List<Movie> suggestions;

    public MovieNotFoundException(String named, List<Movie> suggestions) {
        super(message(named, suggestions));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<Movie> suggestions() {
        return suggestions;
    }

    private static String message(String named, List<Movie> suggestions) {
        String shown = named.strip().startsWith("m:") ? "that film" : app.cinesync.discord.Text.cut(named.strip(), 100);
        if (suggestions.isEmpty()) {
            return named.strip().startsWith("m:")
                    ? "That film is no longer in the catalog. Start typing in `/rate` and pick one of the suggestions."
                    : "I couldn't find a film called **" + shown + "**. Start typing in `/rate` and pick one of the suggestions.";
        }
        StringBuilder sb = new StringBuilder("Which film do you mean by **" + shown + "**? ");
        sb.append(String.join(", ", suggestions.stream().limit(5).map(Movie::displayTitle).toList()));
        return sb.append(". Pick one of the suggestions in `/rate`.").toString();
    }
}
