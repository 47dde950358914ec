package app.cinesync.core.app;

import app.cinesync.core.preference.Affinity;
import app.cinesync.core.preference.PreferenceAnalyzer;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.RatingBehavior;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Message;
import app.cinesync.discord.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code /my_stats}: a member's taste profile as they read it, in their language ({@code profile.*} of {@link Replies#TEXTS}). */
final class ProfileReply {
    /** How {@link app.cinesync.core.catalog.Movie#decade()} names a decade: "1990s". */
    private static final Pattern DECADE = Pattern.compile("(\\d{3,4})s");

    private ProfileReply() {
    }

    static Message of(Texts t, PreferenceProfile p, String userName) {
        List<Embed.Field> fields = new ArrayList<>();
        fields.add(new Embed.Field(t.get("profile.genres"), affinities(t, p, p.genres(), g -> Genres.name(g, t)), true));
        fields.add(new Embed.Field(t.get("profile.decades"), affinities(t, p, p.decades(), d -> decade(t, d)), true));
        fields.add(new Embed.Field(t.get("profile.directors"), affinities(t, p, p.directors(), Function.identity()), false));
        fields.add(new Embed.Field(t.get("profile.actors"), affinities(t, p, p.actors(), Function.identity()), false));
        fields.add(new Embed.Field(t.get("profile.style"), ratingStyle(t, p.behavior()), false));
        fields.add(new Embed.Field(t.get("profile.diversity"), p.diversity() == null ? t.get("profile.diversity.pending")
                : t.get("profile.diversity.value", p.diversity(), t.get(diversityWords(p.diversity()))), false));
        String title = userName == null || userName.isBlank() ? t.get("profile.title") : t.get("profile.title.named", userName);
        String footer = t.get("profile.footer", p.ratingsAnalyzed()) + "\n"
                + t.get("profile.favouriteRule", p.behavior().mean(), PreferenceAnalyzer.LIKED_FROM);
        return Message.of(new Embed(title, null, Replies.BRAND, fields, footer));
    }

    /** The member's own figures, and a comparison only when enough other members stand behind it. */
    private static String ratingStyle(Texts t, RatingBehavior b) {
        if (!b.compared()) {
            return t.get("profile.style.alone", b.mean(), b.stdDev(), RatingBehavior.MIN_OTHER_MEMBERS, RatingBehavior.MIN_COMPARED_FILMS);
        }
        return t.get("profile.style.compared", t.get("profile.style." + b.label()), b.mean(), b.communityMean(), b.comparedFilms(),
                shown(b.generosity()), b.stdDev());
    }

    /** A difference as it is shown (two decimals): one that rounds to nothing is +0.00, never -0.00. */
    static double shown(double difference) {
        double rounded = Math.round(difference * 100) / 100.0;
        return rounded == 0 ? 0.0 : rounded;
    }

    /** A section's favourites; none is "nothing stands out" once there are ratings, since the footer says what would. */
    private static String affinities(Texts t, PreferenceProfile p, List<Affinity> list, Function<String, String> named) {
        if (list.isEmpty()) {
            return t.get(p.ratingsAnalyzed() == 0 ? "profile.notEnough" : "profile.nothingStandsOut");
        }
        return list.stream().map(a -> t.get("profile.affinity", named.apply(a.name()), a.count(), a.meanRating()))
                .collect(Collectors.joining("\n"));
    }

    /** "1990s" as the language says it ("années 1990", "1990er"); anything else as it is. */
    static String decade(Texts t, String name) {
        Matcher m = DECADE.matcher(name);
        return m.matches() ? t.get("profile.decade", m.group(1)) : name;
    }

    private static String diversityWords(double d) {
        return d >= 0.85 ? "profile.diversity.wide" : d >= 0.65 ? "profile.diversity.broad" : "profile.diversity.close";
    }
}
