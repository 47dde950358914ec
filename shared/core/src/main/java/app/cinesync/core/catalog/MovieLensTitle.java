package app.cinesync.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens title as people write it: "Matrix, The (1999)" becomes "The Matrix" and 1999, and
 * "City of Lost Children, The (Cité des enfants perdus, La) (1995)" becomes "The City of Lost
 * Children (La Cité des enfants perdus)", so imported films merge with the bundled ones and read
 * naturally in Discord.
 *
 * @param year null when the title carries none
 */
public record MovieLensTitle(String title, Integer year) {
    private static final Pattern YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})(?:[-–]\\d{0,4})?\\)\\s*$");
    private static final Pattern TRAILING_ARTICLE = Pattern.compile(
            "^(.+?), (The|A|An|Les|La|Le|L'|Il|El|Los|Las|Die|Das|Der|Det|Den)((?: \\(.*\\))?)$");

    /** A name in parentheses at the end of a title: "(a.k.a. Se7en)", "(Haine, La)". */
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern AKA = Pattern.compile("^a\\.k\\.a\\.\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * The other names the title gives the film, to find it in the catalog under the one people
     * know: the title before its parentheses, then each name in them, "a.k.a." dropped and a
     * trailing article put first ("Seven (a.k.a. Se7en)": Seven, Se7en; "Hate (Haine, La)": Hate,
     * La Haine). Empty when the title has no parentheses. Never a title of its own: some titles
     * really end in parentheses, so a name only counts when the catalog already has a film under it.
     */
    public List<String> otherNames() {
        int open = title.indexOf(" (");
        if (open <= 0 || !title.endsWith(")")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(title.substring(0, open));
        Matcher part = PARENTHESISED.matcher(title.substring(open));
        while (part.find()) {
            String name = articleFirst(AKA.matcher(part.group(1).strip()).replaceFirst(""));
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    public static MovieLensTitle parse(String raw) {
        String title = raw.strip();
        Integer year = null;
        Matcher y = YEAR.matcher(title);
        if (y.matches()) {
            title = y.group(1);
            year = Integer.valueOf(y.group(2));
        }
        return new MovieLensTitle(namesArticleFirst(articleFirst(title)), year);
    }

    /** Each name in parentheses with its article first too: "(Fast and the Furious 4, The)" is "(The Fast and the Furious 4)". */
    private static String namesArticleFirst(String title) {
        int open = title.indexOf(" (");
        if (open <= 0) {
            return title;
        }
        Matcher part = PARENTHESISED.matcher(title.substring(open));
        StringBuilder out = new StringBuilder(title.substring(0, open));
        while (part.find()) {
            part.appendReplacement(out, Matcher.quoteReplacement("(" + articleFirst(part.group(1).strip()) + ")"));
        }
        part.appendTail(out);
        return out.toString();
    }

    /** "Matrix, The" as "The Matrix", "Avventura, L'" as "L'Avventura" (a name in parentheses after it is left to {@link #namesArticleFirst}). */
    private static String articleFirst(String title) {
        Matcher a = TRAILING_ARTICLE.matcher(title);
        if (!a.matches()) {
            return title;
        }
        String article = a.group(2);
        return article + (article.endsWith("'") ? "" : " ") + a.group(1) + a.group(3);
    }
}
