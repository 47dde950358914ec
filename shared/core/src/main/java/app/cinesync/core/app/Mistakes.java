package app.cinesync.core.app;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieNotFoundException;
import app.cinesync.core.rating.Stars;
import app.cinesync.discord.Text;
import app.cinesync.discord.Texts;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where a member's mistake becomes what they read, in their language: the domain's
 * exceptions carry data (the title asked for, the films that come close, the value given), the
 * commands' own carry a text of {@link Replies#TEXTS}. What the member typed is quoted cut short,
 * so that no reply outgrows Discord's limits.
 */
final class Mistakes {
    /** At most this much of a typed title, rating or genre is quoted back. */
    static final int TITLE_QUOTED = 100;
    static final int RATING_QUOTED = 20;
    static final int GENRE_QUOTED = 40;
    /** Films offered for a title that names several, or none exactly. */
    static final int CANDIDATES_SHOWN = 5;

    private Mistakes() {
    }

    /** What the member reads about {@code e} in {@code t}'s language; empty when {@code e} is not their mistake but ours. */
    static Optional<String> describe(RuntimeException e, Texts t) {
        return Optional.ofNullable(switch (e) {
            case MovieNotFoundException m -> notFound(m, t);
            case Stars.InvalidRatingException r -> // the scale, and three ratings on it as examples
                    t.get("rating.invalid", Text.cut(r.given(), RATING_QUOTED), Stars.MIN_STARS, Stars.MAX_STARS, 3, 3.5, 4.5);
            case Genres.UnknownGenreException g -> t.get("recs.unknownGenre", Text.cut(g.asked(), GENRE_QUOTED), Genres.list(t));
            case UserInputException u -> t.get(u.key(), u.args().toArray());
            default -> null;
        });
    }

    /** A film id (from autocomplete) that no longer exists, a title with no match, one close match, or several. */
    private static String notFound(MovieNotFoundException m, Texts t) {
        String key = m.candidates().size() == 1 ? "notFound.one" : !m.candidates().isEmpty() ? "notFound.which"
                : m.named().startsWith(RateCommand.ID_PREFIX) ? "notFound.gone" : "notFound.none";
        String titles = m.candidates().stream().limit(CANDIDATES_SHOWN).map(Movie::displayTitle).collect(Collectors.joining(", "))
                + (m.candidates().size() > CANDIDATES_SHOWN ? ", …" : ""); // the rest are in the drop-down
        return t.get(key, Text.cut(m.named(), TITLE_QUOTED), titles);
    }
}
