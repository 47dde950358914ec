package app.cinesync.core.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a member typed as a film: its folded title and, when it ends in "(1999)", the year.
 *
 * @param year null when none was given
 */
public record TitleQuery(String folded, Integer year) {
    private static final Pattern WITH_YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})\\)\\s*$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("^(.+) (\\d{4})$");

    public static TitleQuery parse(String text) {
        Matcher m = WITH_YEAR.matcher(text.strip());
        return m.matches()
                ? new TitleQuery(TitleFolding.fold(m.group(1)), Integer.valueOf(m.group(2)))
                : new TitleQuery(TitleFolding.fold(text), null);
    }

    /**
     * The same query with its last word as the year, when no year was given and that word is one
     * ("heat 1995"); empty otherwise. Only a second try: "Blade Runner 2049" is a title.
     */
    public Optional<TitleQuery> trailingYear() {
        Matcher m = TRAILING_YEAR.matcher(folded);
        if (year != null || !m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(2));
        return y >= Movie.FIRST_YEAR && y <= Movie.LAST_YEAR ? Optional.of(new TitleQuery(m.group(1), y)) : Optional.empty();
    }

    public boolean matchesYear(Movie movie) {
        return year == null || year.equals(movie.year());
    }
}
