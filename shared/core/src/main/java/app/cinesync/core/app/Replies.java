package app.cinesync.core.app;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.preference.Affinity;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.RatingBehavior;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.Cause;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.recommend.Signal;
import app.cinesync.discord.Button;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Message;
import app.cinesync.discord.RateForm;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.StringSelect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What members read. Every reply is an embed kept within Discord's limits by {@link Embed}. */
public final class Replies {
    static final int BRAND = 0xE4572E;
    static final int PROBLEM = 0xC0392B;
    /** Below this many ratings a member is still new: their picks lean on the community. */
    static final int FEW_RATINGS = 5;

    private Replies() {
    }

    public static Message rated(Movie movie, Stars stars, RateOutcome outcome) {
        StringBuilder d = new StringBuilder();
        if (outcome.previous() != null) {
            d.append("Updated from ").append(outcome.previous().display()).append(".");
        } else {
            d.append("That's ").append(outcome.ratingCount()).append(outcome.ratingCount() == 1 ? " film" : " films").append(" rated.");
        }
        d.append(outcome.ratingCount() < FEW_RATINGS
                ? "\nEach rating already counts; a few more and `/my_recommendations` knows your taste well."
                : "\n`/my_recommendations` has learned from it already.");
        String credits = java.util.stream.Stream.of(directedBy(movie), String.join(", ", movie.genres()))
                .filter(x -> !x.isBlank()).collect(Collectors.joining(" · "));
        Message reply = Message.of(new Embed(stars.display() + "  " + movie.displayTitle(), lines(d.toString(), credits), BRAND));
        return outcome.ratingCount() < FEW_RATINGS ? reply.withButtons(List.of(quickRateButton())) : reply;
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

    /**
     * @param ratingCount the member's ratings
     * @param trainedOn   how many ratings the collaborative model learned from (0 before any training)
     */
    public static Message recommendations(Page page, RecommendCommand.Request request, int ratingCount, int trainedOn) {
        String title = "🎬 Picked for you" + (request.genre() == null ? "" : ": " + request.genre());
        List<Recommendation> recs = page.picks();
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
            fields.add(new Embed.Field(++rank + ". " + m.displayTitle(),
                    lines(String.join(" · ", m.genres()), directedBy(m), because(r.because())), false));
        }
        Message message = Message.of(new Embed(title, intro, BRAND, fields, footer(page.mix(), trainedOn)));
        List<Button> buttons = new ArrayList<>();
        int shown = request.offset();
        for (Recommendation r : recs) {
            buttons.add(new Button("Not for me: " + ++shown, RecommendCommand.notForMeButtonId(request, r.movie().id())));
        }
        buttons.add(new Button("More picks", RecommendCommand.moreButtonId(request)));
        if (ratingCount < FEW_RATINGS) {
            buttons.add(quickRateButton());
        }
        return message.withButtons(buttons);
    }

    static String because(Cause cause) {
        return switch (cause) {
            case Cause.Liked l -> "Because you liked **" + l.film().displayTitle() + "**";
            case Cause.Genre g -> "For your taste in **" + g.name() + "**";
            case Cause.Popular p -> "Popular with the community";
        };
    }

    /** What the page leaned on, in percentages that add up to 100, and what the model learned from. */
    static String footer(Map<Signal.Kind, Double> mix, int trainedOn) {
        List<String> parts = new ArrayList<>();
        long left = 100;
        List<Map.Entry<Signal.Kind, Double>> shares = mix.entrySet().stream()
                .sorted(Map.Entry.<Signal.Kind, Double>comparingByValue().reversed()).toList();
        for (int k = 0; k < shares.size(); k++) {
            long pct = k == shares.size() - 1 ? left : Math.round(100 * shares.get(k).getValue());
            left -= pct;
            if (pct > 0) {
                parts.add(KIND_WORDS.get(shares.get(k).getKey()) + " " + pct + "%");
            }
        }
        String learned = trainedOn > 0 ? String.format(Locale.ROOT, "From %,d ratings by everyone and yours", trainedOn)
                : "From your ratings and the community's";
        return parts.isEmpty() ? learned : learned + " · " + String.join(", ", parts);
    }

    private static final Map<Signal.Kind, String> KIND_WORDS = Map.of(Signal.Kind.SIMILAR_MEMBERS, "members like you",
            Signal.Kind.SIMILAR_FILMS, "films like yours", Signal.Kind.YOUR_GENRES, "your genres", Signal.Kind.POPULAR, "popular");

    /**
     * The quick-rate set: the films offered, one drop-down each (stars or "haven't seen it"), a button
     * to pass over them all and one to see the picks.
     *
     * @param done what the last answer did, or null
     */
    public static Message quickRate(List<Movie> films, int ratingCount, String done) {
        String progress = ratingCount >= FEW_RATINGS
                ? "That's " + ratingCount + " films rated: plenty for personal picks. Keep going, or see them."
                : ratingCount == 0 ? "Rate the films you've seen; each rating counts at once and the next films follow it."
                : ratingCount + (ratingCount == 1 ? " film" : " films") + " rated; a few more and I know your taste well.";
        String text = done == null ? progress : done + "\n" + progress;
        if (films.isEmpty()) {
            return Message.of(new Embed("⭐ Quick-rate", text + "\nThat's every film I can offer for now.", BRAND))
                    .withButtons(List.of(new Button("See my picks", RecommendCommand.firstPageButtonId())));
        }
        List<StringSelect> selects = new ArrayList<>();
        for (Movie m : films) {
            List<SelectOption> options = new ArrayList<>(RateForm.starChoices(Locale.ENGLISH));
            options.add(new SelectOption("Haven't seen it", QuickRateCommand.NOT_SEEN));
            selects.add(StringSelect.single(new QuickRateId.Answer(m.id()).format(), m.displayTitle(), options));
        }
        return Message.of(new Embed("⭐ Quick-rate: teach me your taste", text, BRAND)).withSelects(selects).withButtons(List.of(
                new Button("None of these", new QuickRateId.Pass(films.stream().map(Movie::id).toList()).format()),
                new Button("See my picks", RecommendCommand.firstPageButtonId())));
    }

    /** What a quick-rate answer did. */
    static String quickRated(Movie m, Stars stars) {
        return "Saved: **" + m.displayTitle() + "** " + stars.display() + ".";
    }

    /** The button that opens the quick-rate set, offered to members with few ratings. */
    static Button quickRateButton() {
        return new Button("Quick-rate films", new QuickRateId.Start().format());
    }

    public static Message noRatingsYet() {
        return Message.of(new Embed("🎞️ No taste profile yet",
                "Rate a few films with `/rate` (or `/rate` alone for a form), or quick-rate some here, and your profile appears.", BRAND))
                .withButtons(List.of(quickRateButton()));
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
