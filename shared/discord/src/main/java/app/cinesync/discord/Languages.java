package app.cinesync.discord;

import java.util.List;
import java.util.Locale;

/**
 * The languages CineSync answers in, and which one an interaction gets: the member's own
 * {@code locale} (their Discord client's language) when CineSync speaks it, else English. Never
 * the server's {@code guild_locale}: Discord shows a member CineSync's commands, options and
 * choices in their client's language, or in the default English names when {@code commands.json}
 * has none for it, so a reply in the server's language would name a command ({@code /noter}) the
 * member's Discord does not show ({@code /rate}). The locale returned keeps its region, which
 * decides how numbers are written: {@code es-ES} writes 3,5 and {@code es-419} 3.5, both in
 * Spanish words.
 */
public final class Languages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** One bundle file per language in each message catalog: English (the base file), fr, de, es, pt_BR. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.FRENCH, Locale.GERMAN, Locale.of("es"), Locale.of("pt", "BR"));

    private Languages() {
    }

    /** @param locale the interaction's {@code locale} (a Discord locale such as {@code fr} or {@code es-419}), or null */
    public static Locale of(String locale) {
        Locale member = supported(locale);
        return member != null ? member : ENGLISH;
    }

    /** The locale of a Discord locale tag when CineSync speaks its language, else null. */
    private static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        Locale asked = Locale.forLanguageTag(tag.strip());
        for (Locale s : SUPPORTED) {
            if (s.getLanguage().equals(asked.getLanguage()) && (s.getCountry().isEmpty() || s.getCountry().equals(asked.getCountry()))) {
                return asked;
            }
        }
        return null;
    }
}
