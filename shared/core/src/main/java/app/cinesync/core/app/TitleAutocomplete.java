package app.cinesync.core.app;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.catalog.TitleQuery;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import java.util.List;

/**
 * Film suggestions for {@code /rate movie:}, matching case- and accent-insensitively on every
 * word typed ("amelie" finds "Amélie"), and on the year when the text ends in "(2001)". The value sent back is {@code m:<id>}, so the film the
 * member picked is the film rated even when titles repeat.
 */
public final class TitleAutocomplete implements Autocompleter {
    public static final int MAX = 25;
    /** Longer input cannot be a title; it is cut before it reaches the database. */
    private static final int MAX_QUERY = 100;

    private final MovieRepository movies;

    public TitleAutocomplete(MovieRepository movies) {
        this.movies = movies;
    }

    @Override
    public List<Choice> suggest(String command, String option, String text) {
        if (!"rate".equals(command) || !"movie".equals(option)) {
            return List.of();
        }
        TitleQuery query = TitleQuery.parse(text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text);
        return movies.search(query.folded(), query.year() == null ? MAX : 100).stream()
                .filter(query::matchesYear).limit(MAX).map(TitleAutocomplete::choice).toList();
    }

    static Choice choice(Movie m) {
        return new Choice(m.displayTitle(), RateCommand.ID_PREFIX + m.id());
    }
}
