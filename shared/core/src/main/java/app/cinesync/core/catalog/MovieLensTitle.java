package app.cinesync.core.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens title as people write it: "Matrix, The (1999)" becomes "The Matrix" and 1999, and
 * "City of Lost Children, The (Cité des enfants perdus, La) (1995)" becomes "The City of Lost
 * Children (Cité des enfants perdus, La)", so imported films merge with the bundled ones and read
 * naturally in Discord.
 *
 * @param year null when the title carries none
 */
public record MovieLensTitle(String title, Integer year) {
    private static final Pattern YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})(?:[-–]\\d{0,4})?\\)\\s*$");
    private static final Pattern TRAILING_ARTICLE = Pattern.compile(
            "^(.+?), (The|A|An|Les|La|Le|L'|Il|El|Los|Las|Die|Das|Der|Det|Den)((?: \\(.*\\))?)$");

    private static final Pattern ALTERNATE = Pattern.compile("^(.+?) \\(.*\\)$");

    /**
     * The title without a trailing alternate in parentheses ("Spirited Away" for "Spirited Away
     * (Sen to Chihiro no kamikakushi)"); the title itself when there is none. Only used to find
     * the same film already in the catalog: some titles really end in parentheses.
     */
    public String primary() {
        Matcher m = ALTERNATE.matcher(title);
        return m.matches() ? m.group(1) : title;
    }

    public static MovieLensTitle parse(String raw) {
        String title = raw.strip();
        Integer year = null;
        Matcher y = YEAR.matcher(title);
        if (y.matches()) {
            title = y.group(1);
            year = Integer.valueOf(y.group(2));
        }
        Matcher a = TRAILING_ARTICLE.matcher(title);
        if (a.matches()) {
            String article = a.group(2);
            title = article + (article.endsWith("'") ? "" : " ") + a.group(1) + a.group(3);
        }
        return new MovieLensTitle(title, year);
    }
}
