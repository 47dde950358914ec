package app.cinesync.core.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a member typed as a film: its folded title and, when it ends in "(1999)", the year.
 *
 * @param year null when none was given
 */
public record TitleQuery(String folded, Integer year) {
    private static final Pattern WITH_YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})\\)\\s*$");

    public static TitleQuery parse(String text) {
        Matcher m = WITH_YEAR.matcher(text.strip());
        return m.matches()
                ? new TitleQuery(TitleFolding.fold(m.group(1)), Integer.valueOf(m.group(2)))
                : new TitleQuery(TitleFolding.fold(text), null);
    }

    public boolean matchesYear(Movie movie) {
        return year == null || year.equals(movie.year());
    }
}
