package app.cinesync.core.app;

import app.cinesync.commands.QuickRateId;
import app.cinesync.commands.RateForm;
import app.cinesync.commands.RecommendId;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.Cause;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.discord.Button;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Message;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.StringSelect;
import app.cinesync.discord.Text;
import app.cinesync.discord.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What members read, in their language: every reply is an embed kept within Discord's limits by
 * {@link Embed}, its words from the catalog {@code i18n/replies*.properties} ({@link #TEXTS}).
 * One instance per language ({@link #in(Locale)}); the taste profile is {@link ProfileReply}.
 */
public final class Replies {
    /** The commands' message catalog. */
    public static final String TEXTS = "i18n.replies";
    static final int BRAND = 0xE4572E;
    static final int PROBLEM = 0xC0392B;
    /** Below this many ratings a member is still new: their picks lean on the community. */
    static final int FEW_RATINGS = 5;

    private final Texts t;

    private Replies(Texts t) {
        this.t = t;
    }

    public static Replies in(Locale language) {
        return new Replies(Texts.of(TEXTS, language));
    }

    public Texts texts() {
        return t;
    }

    public Message rated(Movie movie, Stars stars, RateOutcome outcome) {
        String done = outcome.previous() == null ? t.get("rated.count", outcome.ratingCount())
                : outcome.previous().equals(stars) ? t.get("rated.unchanged", stars.display(t.locale()))
                : t.get("rated.updated", outcome.previous().display(t.locale()));
        String next = t.get(outcome.ratingCount() < FEW_RATINGS ? "rated.fewMore" : "rated.learned");
        String credits = Stream.of(directedBy(movie), genres(movie, ", "))
                .filter(x -> !x.isBlank()).collect(Collectors.joining(" · "));
        Message reply = Message.of(new Embed(stars.display(t.locale()) + "  " + movie.displayTitle(), lines(done + "\n" + next, credits), BRAND));
        return outcome.ratingCount() < FEW_RATINGS ? reply.withButtons(List.of(quickRateButton())) : reply;
    }

    /**
     * The interaction had been applied before (a retry, or its id reused): nothing changed now.
     * Says so, and what stands for this film, without claiming this request saved anything.
     */
    public Message alreadyApplied(Movie movie, RateOutcome outcome) {
        Stars standing = outcome.standing();
        String what = t.get("applied.nothingSaved");
        return standing != null
                ? Message.of(new Embed(standing.display(t.locale()) + "  " + movie.displayTitle(),
                        what + " " + t.get("applied.stands", standing.display(t.locale())), BRAND))
                : Message.of(new Embed(t.get("applied.notSaved", movie.displayTitle()), what + " " + t.get("applied.noRating"), PROBLEM));
    }

    /**
     * @param ratingCount      the member's ratings
     * @param trainedOn        how many ratings the collaborative model learned from (0 before any training)
     * @param communityRatings how many ratings the ranking's catalog counted, everyone's: with none, the member
     *                         is told nobody has rated yet (the list is the catalog's own order) and given no footer
     * @param othersRated      whether anyone but the member has rated: the first to rate is not told of a community's ratings
     */
    public Message recommendations(Page page, RecommendCommand.Request request, int ratingCount, int trainedOn, long communityRatings,
                                   boolean othersRated) {
        String genre = request.genre() == null ? null : Genres.name(request.genre(), t);
        String title = genre == null ? t.get("recs.title") : t.get("recs.title.genre", genre);
        List<Recommendation> recs = page.picks();
        if (recs.isEmpty()) {
            String key = request.offset() > 0 ? "recs.noMore" : "recs.none";
            return Message.of(new Embed(title, genre == null ? t.get(key) : t.get(key + ".genre", genre), BRAND));
        }
        boolean nobodyRated = communityRatings == 0;
        String intro = ratingCount > 0 ? t.get("recs.intro", ratingCount) : t.get(nobodyRated ? "recs.intro.nobody" : "recs.intro.new");
        List<Embed.Field> fields = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        int rank = request.offset();
        for (Recommendation r : recs) {
            Movie m = r.movie();
            String why = r.because() == null ? null : because(r.because()); // none for a film nothing lifts
            fields.add(new Embed.Field(++rank + ". " + m.displayTitle(), lines(genres(m, " · "), directedBy(m), why), false));
            buttons.add(new Button(t.get("button.notForMe", String.valueOf(rank)), request.notForMe(m.id()).format()));
        }
        if (page.hasMore()) {
            request.more().ifPresent(next -> buttons.add(new Button(t.get("button.more"), next.format())));
        }
        if (ratingCount < FEW_RATINGS) {
            buttons.add(quickRateButton());
        }
        String footer = nobodyRated && ratingCount == 0 ? null // nothing to say it came from
                : footer(recs, trainedOn, ratingCount, othersRated);
        return Message.of(new Embed(title, intro, BRAND, fields, footer)).withButtons(buttons);
    }

    /** The footer's name for the kind of a reason: what the community rates, of all time or lately, is one. */
    private static String reason(Cause cause) {
        return switch (cause) {
            case Cause.Liked l -> "LIKED";
            case Cause.Genre g -> "GENRE";
            case Cause.Decade d -> "DECADE";
            case Cause.Director d -> "DIRECTOR";
            case Cause.Popular p -> "POPULAR";
            case Cause.Lately l -> "POPULAR";
        };
    }

    String because(Cause cause) {
        return switch (cause) {
            case Cause.Liked l -> t.get("because.liked", l.film().displayTitle());
            case Cause.Genre g -> t.get("because.genre", Genres.name(g.name(), t));
            case Cause.Decade d -> t.get("because.decade", ProfileReply.decade(t, d.name()));
            case Cause.Director d -> t.get("because.director", d.name());
            case Cause.Popular p -> t.get("because.popular");
            case Cause.Lately l -> t.get("because.lately");
        };
    }

    /**
     * What the page's picks were picked for, by the reasons they show (films the member liked, their
     * genres, decades, directors, the community's favourites), in whole percents of the picks with a
     * reason that add up to 100 (each rounded down, the points left going to the largest remainders),
     * and what the model learned from; a member with {@code ratingCount} 0 is not told the list came
     * from theirs, nor the first member to rate ({@code othersRated} false) that it came from the
     * community's. Counted from the reasons, the footer can never credit what no pick says.
     */
    String footer(List<Recommendation> picks, int trainedOn, int ratingCount, boolean othersRated) {
        Map<String, Long> byReason = picks.stream().filter(r -> r.because() != null)
                .collect(Collectors.groupingBy(r -> reason(r.because()), LinkedHashMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> shares = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        long explained = byReason.values().stream().mapToLong(Long::longValue).sum();
        long[] pct = new long[shares.size()];
        long left = shares.isEmpty() ? 0 : 100;
        for (int k = 0; k < pct.length; k++) {
            pct[k] = 100 * shares.get(k).getValue() / explained;
            left -= pct[k];
        }
        List<Integer> byRemainder = new ArrayList<>(IntStream.range(0, pct.length).boxed().toList());
        byRemainder.sort(Comparator.comparingLong((Integer k) -> 100 * shares.get(k).getValue() % explained).reversed());
        for (int k = 0; k < left && k < byRemainder.size(); k++) {
            pct[byRemainder.get(k)]++;
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < pct.length; k++) {
            parts.add(t.get("footer.share", t.get("reason." + shares.get(k).getKey()), pct[k] / 100.0));
        }
        String whose = ratingCount == 0 ? ".everyone" : othersRated || trainedOn > 0 ? "" : ".yours";
        String learned = trainedOn > 0 ? t.get("footer.trained" + whose, trainedOn) : t.get("footer.untrained" + whose);
        return parts.isEmpty() ? learned : learned + " · " + String.join(", ", parts);
    }

    /**
     * The quick-rate set: the films offered, one drop-down each (stars or "haven't seen it"), a button
     * to pass over them all and one to see the picks.
     *
     * @param done what the last answer did, or null
     */
    public Message quickRate(List<Movie> films, int ratingCount, String done) {
        String progress = ratingCount >= FEW_RATINGS ? t.get("quick.plenty", ratingCount)
                : ratingCount == 0 ? t.get("quick.start") : t.get("quick.progress", ratingCount);
        String text = done == null ? progress : done + "\n" + progress;
        Button seePicks = new Button(t.get("button.seePicks"), RecommendId.MorePicks.firstPage().format());
        if (films.isEmpty()) {
            return Message.of(new Embed(t.get("quick.title.short"), text + "\n" + t.get("quick.allOffered"), BRAND))
                    .withButtons(List.of(seePicks));
        }
        List<StringSelect> selects = new ArrayList<>();
        for (Movie m : films) {
            List<SelectOption> options = new ArrayList<>(RateForm.starChoices(t.locale()));
            options.add(new SelectOption(t.get("quick.notSeen"), QuickRateCommand.NOT_SEEN));
            selects.add(StringSelect.single(new QuickRateId.Answer(m.id()).format(), m.displayTitle(), options));
        }
        return Message.of(new Embed(t.get("quick.title"), text, BRAND)).withSelects(selects).withButtons(List.of(
                new Button(t.get("button.noneOfThese"), new QuickRateId.Pass(films.stream().map(Movie::id).toList()).format()),
                seePicks));
    }

    /** What a quick-rate answer did: saved, the same stars as before, or other stars than before. */
    String quickRated(Movie m, Stars stars, Stars previous) {
        String title = m.displayTitle();
        String shown = stars.display(t.locale());
        return previous == null ? t.get("quick.saved", title, shown)
                : previous.equals(stars) ? t.get("quick.unchanged", title, shown)
                : t.get("quick.updated", title, shown, previous.display(t.locale()));
    }

    /** The button that opens the quick-rate set, offered to members with few ratings. */
    Button quickRateButton() {
        return new Button(t.get("button.quickRate"), new QuickRateId.Start().format());
    }

    public Message noRatingsYet() {
        return Message.of(new Embed(t.get("profile.none.title"), t.get("profile.none"), BRAND)).withButtons(List.of(quickRateButton()));
    }

    public Message stats(PreferenceProfile p, String userName) {
        return ProfileReply.of(t, p, userName);
    }

    /** A mistake of the member's ({@link Mistakes} words it): clearly marked, nothing stored. */
    public Message problem(String what) {
        return Message.of(new Embed(t.get("problem.title"), what, PROBLEM));
    }

    /**
     * A typed title that names several films, or comes close to one: the mistake as {@link Mistakes}
     * words it, and a drop-down of those films; the one picked is rated with the stars given.
     */
    public Message whichFilm(String what, List<Movie> candidates, String stars) {
        List<SelectOption> options = candidates.stream().limit(StringSelect.MAX_OPTIONS)
                .map(m -> new SelectOption(displayTitle(m, SelectOption.LABEL), String.valueOf(m.id()))).toList();
        return problem(what).withSelects(List.of(StringSelect.single(new QuickRateId.Choose(stars).format(), t.get("notFound.pick"), options)));
    }

    /**
     * "Title (year)" within {@code max} characters: a title too long is cut before its "(year)",
     * which tells films of one name apart.
     */
    static String displayTitle(Movie m, int max) {
        String year = m.year() == null ? "" : " (" + m.year() + ")";
        return Text.cut(m.title(), max - year.length()) + year;
    }

    /** Our failure: never a stack trace, always a way forward. {@code whatKey} says what did not happen. */
    public Message failure(String whatKey) {
        return Message.of(new Embed(t.get("failure.title"), t.get("failure", t.get(whatKey)), PROBLEM));
    }

    /** The film's genres in the member's language. */
    private String genres(Movie m, String separator) {
        return m.genres().stream().map(g -> Genres.name(g, t)).collect(Collectors.joining(separator));
    }

    private String directedBy(Movie m) {
        return m.directors().isEmpty() ? "" : t.get("directedBy", String.join(", ", m.directors()));
    }

    /** The non-blank lines, joined: a film without directors leaves no empty line. */
    static String lines(String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }
}
