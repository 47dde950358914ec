package app.cinesync.checks;

import app.cinesync.discord.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every locale Discord has (its spec's {@code AvailableLocalesEnum}: {@code fr}, {@code es-419},
 * {@code ja}...), and which of CineSync's message files answers a member whose Discord is in it:
 * the file {@code Texts} reads for {@link Languages#of(String)}, found the same way.
 */
final class DiscordLocales {
    private static final List<String> ALL = read();

    private DiscordLocales() {
    }

    /** Every Discord locale tag, as the spec lists them. */
    static List<String> all() {
        return ALL;
    }

    /** The language (one of {@link Languages#SUPPORTED}) CineSync answers a member in whose Discord is in {@code tag}. */
    static Locale replyLanguage(String tag) {
        Locale file = ResourceBundle.getBundle("i18n.replies", Languages.of(tag), DiscordLocales.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getLocale();
        return file.equals(Locale.ROOT) ? Languages.ENGLISH : file;
    }

    /** Whether a member in {@code tag} is answered in English, and so must see the default (English) names. */
    static boolean repliesInEnglish(String tag) {
        return replyLanguage(tag).equals(Languages.ENGLISH);
    }

    private static List<String> read() {
        try {
            List<String> out = new ArrayList<>();
            JsonNode enumeration = new ObjectMapper().readTree(DiscordSpec.location().toFile())
                    .path("components").path("schemas").path("AvailableLocalesEnum").path("oneOf");
            enumeration.forEach(l -> out.add(l.path("const").asText()));
            if (out.isEmpty()) {
                throw new IllegalStateException("no AvailableLocalesEnum in " + DiscordSpec.location());
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
