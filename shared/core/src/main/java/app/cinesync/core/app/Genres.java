package app.cinesync.core.app;

import app.cinesync.core.catalog.TitleFolding;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The genre vocabulary (MovieLens's, less "IMAX" and "(no genres listed)"), as the commands offer
 * it. The catalog keeps these English names as data; members read them translated
 * ({@code genre.<name>} of {@link Replies#TEXTS}), and may name one in any of CineSync's languages.
 */
public final class Genres {
    public static final List<String> ALL = List.of("Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
            "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi",
            "Thriller", "War", "Western");
    /** Every spelling a member may use, folded (accents, case, punctuation and spaces ignored), to the catalog's name. */
    private static final Map<String, String> SPELLINGS = spellings();

    private Genres() {
    }

    /** The catalog's name of the genre {@code name} ("scifi", "film noir", "Comédie", "Ciencia ficción"). */
    public static Optional<String> find(String name) {
        return Optional.ofNullable(SPELLINGS.get(folded(name)));
    }

    /** The genre's name in {@code t}'s language; a name outside the vocabulary as it is. */
    public static String name(String genre, Texts t) {
        return ALL.contains(genre) ? t.get("genre." + genre) : genre;
    }

    /** Every genre in {@code t}'s language, comma-separated. */
    static String list(Texts t) {
        return ALL.stream().map(g -> name(g, t)).collect(Collectors.joining(", "));
    }

    private static Map<String, String> spellings() {
        Map<String, String> out = new HashMap<>();
        for (String genre : ALL) {
            out.put(folded(genre), genre);
        }
        for (Locale language : Languages.SUPPORTED) {
            Texts t = Texts.of(Replies.TEXTS, language);
            for (String genre : ALL) {
                String previous = out.putIfAbsent(folded(name(genre, t)), genre);
                if (previous != null && !previous.equals(genre)) {
                    throw new IllegalStateException("“" + name(genre, t) + "” names two genres: " + previous + " and " + genre);
                }
            }
        }
        return Map.copyOf(out);
    }

    /** No genre goes by the name the member gave; carries the name as given ({@link Mistakes} lists them all in the member's language). */
    public static final class UnknownGenreException extends RuntimeException {
        private final String asked;

        public UnknownGenreException(String asked) {
            super("no such genre");
            this.asked = asked.strip();
        }

        public String asked() {
            return asked;
        }
    }

    private static String folded(String name) {
        return TitleFolding.fold(name).replace(" ", "");
    }
}
