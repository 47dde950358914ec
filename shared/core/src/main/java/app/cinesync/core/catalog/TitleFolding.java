package app.cinesync.core.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds titles for matching: Unicode NFKD with combining marks removed (so "Amélie" and
 * "amelie" match), lower case, "&amp;" as "and", every run of other punctuation or space as one
 * space. The same function folds the stored {@code search_title} and what members type.
 */
public final class TitleFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleFolding() {
    }

    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ß", "ss");
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }
}
