package app.cinesync.core.app;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.MemberWeights;
import app.cinesync.core.preference.Affinity;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.RatingBehavior;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.Blend;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.discord.Button;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What members read. Every reply is an embed kept within Discord's limits by {@link Embed}. */
public final class Replies {
    static final int BRAND = 0xE4572E;
    static final int PROBLEM = 0xC0392B;

    private Replies() {
    }

    public static Message rated(Movie movie, Stars stars, RateOutcome outcome) {
        StringBuilder d = new StringBuilder();
        if (outcome.previous() != null) {
            d.append("Updated from ").append(outcome.previous().display()).append(".");
        } else {
            d.append("That's ").append(outcome.ratingCount()).append(outcome.ratingCount() == 1 ? " film" : " films").append(" rated.");
        }
        int missing = Blend.FULL_FROM - outcome.ratingCount();
        d.append(missing > 0
                ? "\nRate " + missing + " more for fully personal picks; each rating already counts."
                : "\n`/my_recommendations` has learned from it already.");
        String credits = java.util.stream.Stream.of(directedBy(movie), String.join(", ", movie.genres()))
                .filter(x -> !x.isBlank()).collect(Collectors.joining(" · "));
        return Message.of(new Embed(stars.display() + "  " + movie.displayTitle(), lines(d.toString(), credits), BRAND));
    }

    /**
     * The interaction had been applied before (a retry, or its id reused): nothing changed now.
     * Says so, and what stands for this film, without claiming this request saved anything.
     */
    public static Message alreadyApplied(Movie movie, RateOutcome outcome) {
        Stars standing = outcome.standing();
        String what = "Nothing was saved now: this interaction's id had already been used.";
        return standing != null
                ? Message.of(new Embed(standing.display() + "  " + movie.displayTitle(),
                        what + " Your rating of this film stands at " + standing.display() + ".", BRAND))
                : Message.of(new Embed("Not saved: " + movie.displayTitle(),
                        what + " You have no rating of this film; rate it again with `/rate`.", PROBLEM));
    }

    /** The footer under recommendations from the content model: the member's blend. */
    public static String contentFooter(Blend blend) {
        long personal = Math.round(blend.personal() * 100);
        return String.format(Locale.ROOT, "Your taste %d%% · community favourites %d%%", personal, 100 - personal);
    }

    /** The footer under recommendations from the hybrid: which model, and the member's blend. */
    public static String hybridFooter(EaseModel model, MemberWeights w) {
        double sum = Math.max(1e-9, w.collab() + w.popularity() + w.trend() + w.content());
        return String.format(Locale.ROOT, "From %,d ratings by everyone and yours · members like you %d%%, popular now %d%%, similar films %d%%",
                model.trainedOn(), Math.round(100 * w.collab() / sum), Math.round(100 * (w.popularity() + w.trend()) / sum),
                Math.round(100 * w.content() / sum));
    }

    /**
     * @param showMatch whether {@link Recommendation#score()} is a share in [0, 1] worth showing as "Match"
     */
    public static Message recommendations(List<Recommendation> recs, RecommendCommand.Request request, int ratingCount,
                                          String footer, boolean showMatch) {
        String title = "🎬 Picked for you" + (request.genre() == null ? "" : ": " + request.genre());
        if (recs.isEmpty()) {
            return Message.of(new Embed(title, request.offset() > 0
                    ? "That's every film I have" + (request.genre() == null ? "." : " in " + request.genre() + ".")
                    : "No films to recommend" + (request.genre() == null ? "" : " in " + request.genre()) + " that you haven't rated.", BRAND));
        }
        String intro = ratingCount == 0
                ? "You haven't rated anything yet, so these are the community's favourites. Rate films with `/rate` and I'll learn your taste."
                : "From your " + ratingCount + (ratingCount == 1 ? " rating" : " ratings") + ", best first.";
        List<Embed.Field> fields = new ArrayList<>();
        int rank = request.offset();
        for (Recommendation r : recs) {
            Movie m = r.movie();
            String why = r.because() != null ? "Because you liked **" + r.because().displayTitle() + "**" : null;
            String value = lines(String.join(" · ", m.genres()), directedBy(m))
                    + (why == null ? "" : "\n" + why)
                    + (showMatch ? String.format(Locale.ROOT, "\nMatch %d%%", Math.round(r.score() * 100)) : "");
            fields.add(new Embed.Field(++rank + ". " + m.displayTitle(), value, false));
        }
        Message message = Message.of(new Embed(title, intro, BRAND, fields, footer));
        List<Button> buttons = new ArrayList<>();
        int shown = request.offset();
        for (Recommendation r : recs) {
            buttons.add(new Button("Not for me: " + ++shown, RecommendCommand.notForMeButtonId(request, r.movie().id())));
        }
        buttons.add(new Button("More picks", RecommendCommand.moreButtonId(request)));
        return message.withButtons(buttons);
    }

    public static Message noRatingsYet() {
        return Message.of(new Embed("🎞️ No taste profile yet",
                "Rate a few films with `/rate` (or `/rate` alone for a form) and your profile appears here.", BRAND));
    }

    public static Message stats(PreferenceProfile p, String userName) {
        List<Embed.Field> fields = new ArrayList<>();
        fields.add(new Embed.Field("Favourite genres", affinities(p.genres()), true));
        fields.add(new Embed.Field("Favourite decades", affinities(p.decades()), true));
        fields.add(new Embed.Field("Favourite directors", affinities(p.directors()), false));
        fields.add(new Embed.Field("Favourite actors", affinities(p.actors()), false));
        fields.add(new Embed.Field("Rating style", ratingStyle(p.behavior()), false));
        fields.add(new Embed.Field("Diversity", p.diversity() == null ? "Rate one more film to see it."
                : String.format(Locale.ROOT, "%.2f: %s", p.diversity(), diversityWords(p.diversity())), false));
        String who = userName == null || userName.isBlank() ? "Your" : userName + "'s";
        return Message.of(new Embed("🎞️ " + who + " taste profile", null, BRAND, fields,
                "From " + p.ratingsAnalyzed() + (p.ratingsAnalyzed() == 1 ? " rating" : " ratings")));
    }

    /** The member's own figures, and a comparison only when enough other members stand behind it. */
    private static String ratingStyle(RatingBehavior b) {
        if (!b.compared()) {
            return String.format(Locale.ROOT, "Your average %.2f★, spread ±%.2f. A comparison with other members appears once"
                    + " at least %d others have rated each of %d films you rated.", b.mean(), b.stdDev(),
                    RatingBehavior.MIN_OTHER_MEMBERS, RatingBehavior.MIN_COMPARED_FILMS);
        }
        return String.format(Locale.ROOT, "**%s**: your average %.2f★ vs %.2f★ from other members on the same %d films (%+.2f), spread ±%.2f",
                capitalize(b.label()), b.mean(), b.communityMean(), b.comparedFilms(), b.generosity(), b.stdDev());
    }

    /** A mistake of the member's: their message, clearly marked, nothing stored. */
    public static Message problem(String text) {
        return Message.of(new Embed("⚠️ Not quite", text, PROBLEM));
    }

    /** Our failure: never a stack trace, always a way forward. */
    public static Message failure(String what) {
        return Message.of(new Embed("⚠️ Something went wrong on our side",
                what + " Please try again in a moment.", PROBLEM));
    }

    private static String affinities(List<Affinity> list) {
        if (list.isEmpty()) {
            return "Not enough ratings yet.";
        }
        return list.stream().map(a -> String.format(Locale.ROOT, "%s (%d, avg %.1f★)", a.name(), a.count(), a.meanRating()))
                .collect(Collectors.joining("\n"));
    }

    private static String diversityWords(double d) {
        return d >= 0.85 ? "you range widely across genres, eras and makers"
                : d >= 0.65 ? "a broad taste with a few clear homes"
                : "you know what you like and stay close to it";
    }

    /** The non-blank lines, joined: a film without directors leaves no empty line. */
    private static String lines(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String directedBy(Movie m) {
        return m.directors().isEmpty() ? "" : "dir. " + String.join(", ", m.directors());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
