package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.Commands;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieNotFoundException;
import app.cinesync.core.preference.Affinity;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.RatingBehavior;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.Cause;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.discord.Button;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Message;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.StringSelect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of reply, in every language, with long real-world inputs (a 110-character title, a
 * 32-character name, the longest list the commands show): each stays within Discord's limits and
 * keeps everything it has to say. A text {@link Embed} or a component had to cut ends exactly at
 * its limit, so every text here must stay under it, and no field may have been dropped.
 */
class RepliesInEveryLanguageTest {
    /** Every language (English first), and Latin American Spanish, which writes its numbers otherwise. */
    private static final List<Locale> LOCALES = Stream.concat(Languages.SUPPORTED.stream(), Stream.of(Locale.forLanguageTag("es-419"))).toList();
    private static final String LONG_TITLE = "The Assassination of Jesse James by the Coward Robert Ford and Other Tales of the Old West, Part Two";
    private static final String LONG_NAME = "Maximilian Alexander von Habsbu"; // 31: Discord names are at most 32

    private static Movie film(long id, String title) {
        return new Movie(id, title, 1999, List.of("Sci-Fi", "Film-Noir", "Documentary", "Children"),
                List.of("Jean-Pierre Jeunet", "Marc Caro"), List.of(), List.of(), null, null, null);
    }

    /** Every reply a member can get, by what it is. */
    private static Map<String, Message> everyReply(Locale language) {
        Replies r = Replies.in(language);
        Movie movie = film(1, LONG_TITLE);
        Map<String, Message> out = new LinkedHashMap<>();
        out.put("first rating", r.rated(movie, new Stars(4.5), RateOutcome.applied(null, new Stars(4.5), 1, 1)));
        out.put("updated rating", r.rated(movie, new Stars(3.5), RateOutcome.applied(new Stars(4.5), new Stars(3.5), 12, 13)));
        out.put("same rating again", r.rated(movie, new Stars(3.5), RateOutcome.applied(new Stars(3.5), new Stars(3.5), 12, 14)));
        out.put("retry with a rating", r.alreadyApplied(movie, RateOutcome.alreadyApplied(new Stars(2.5), 3, 3)));
        out.put("retry without", r.alreadyApplied(movie, RateOutcome.alreadyApplied(null, 0, 0)));
        List<Recommendation> picks = new ArrayList<>();
        List<Cause> causes = List.of(new Cause.Liked(film(99, LONG_TITLE)), new Cause.Genre("Film-Noir"), new Cause.Decade("1950s"), new Cause.Director("Agnès Varda"), new Cause.Popular(),
                new Cause.Lately());
        for (int k = 0; k < Commands.MAX_COUNT; k++) {
            picks.add(new Recommendation(film(10 + k, LONG_TITLE + " " + k), 1, causes.get(k % causes.size())));
        }
        RecommendCommand.Request tenOfSciFi = new RecommendCommand.Request(10, 990, "Sci-Fi", null);
        out.put("ten picks, paged, of a genre", r.recommendations(new Page(picks, true), tenOfSciFi, 1, 1_234_567, 1_234_567, true));
        out.put("picks for a newcomer", r.recommendations(new Page(picks.subList(0, 5), true), new RecommendCommand.Request(5, 0, null, null), 0, 0, 12, true));
        out.put("picks when nobody has rated", r.recommendations(new Page(picks.subList(0, 5), true),
                new RecommendCommand.Request(5, 0, null, null), 0, 0, 0, true));
        out.put("no more picks", r.recommendations(new Page(List.of(), false), tenOfSciFi, 7, 1, 7, true));
        out.put("no picks", r.recommendations(new Page(List.of(), false), new RecommendCommand.Request(5, 0, null, null), 7, 1, 7, true));
        out.put("no more picks of any genre", r.recommendations(new Page(List.of(), false), new RecommendCommand.Request(5, 5, null, null), 7, 1, 7, true));
        out.put("no picks of a genre", r.recommendations(new Page(List.of(), false), new RecommendCommand.Request(5, 0, "War", null), 7, 1, 7, true));
        List<Movie> four = IntStream.range(0, 4).mapToObj(k -> film(20 + k, LONG_TITLE + " " + k)).toList();
        out.put("quick-rate start", r.quickRate(four, 0, null));
        out.put("quick-rate after an answer", r.quickRate(four, 1, r.quickRated(movie, new Stars(0.5), null)));
        out.put("quick-rate, the same stars again", r.quickRate(four, 1, r.quickRated(movie, new Stars(0.5), new Stars(0.5))));
        out.put("quick-rate, other stars", r.quickRate(four, 1, r.quickRated(movie, new Stars(4.5), new Stars(0.5))));
        out.put("quick-rate, plenty", r.quickRate(four, 7, null));
        out.put("quick-rate, nothing left", r.quickRate(List.of(), 3, null));
        out.put("no profile", r.noRatingsYet());
        out.put("profile compared", r.stats(profile(new RatingBehavior(3.25, 1.1, 3.75, 12, -0.5, "harsh", List.of(), 3), 0.9), LONG_NAME));
        out.put("profile alone", r.stats(profile(new RatingBehavior(4.25, 0.5, null, 0, null, null, List.of(), 3), null), null));
        out.put("profile, generous", r.stats(profile(new RatingBehavior(4.5, 0.5, 3.5, 2, 1.0, "generous", List.of(), 3), 0.7), "Sam"));
        out.put("profile, balanced", r.stats(profile(new RatingBehavior(3.5, 0.5, 3.5, 3, 0.0, "balanced", List.of(), 3), 0.3), "Sam"));
        List<RuntimeException> mistakes = List.of(new UserInputException("rate.nameTheFilm"), new UserInputException("rate.giveARating", 0.5, 5.0),
                new Stars.InvalidRatingException("7".repeat(40)), new MovieNotFoundException("m:999", List.of()),
                new MovieNotFoundException("x".repeat(200), List.of()), new MovieNotFoundException("x".repeat(200), four.subList(0, 4)),
                new UserInputException("quick.gone"), new UserInputException("quick.pick"), new UserInputException("quick.expired"),
                new UserInputException("recs.count", Commands.MAX_COUNT), new Genres.UnknownGenreException("y".repeat(60)),
                new UserInputException("recs.expired"));
        for (RuntimeException e : mistakes) {
            out.put("mistake " + out.size() + " " + e.getClass().getSimpleName(), r.problem(Mistakes.describe(e, r.texts()).orElseThrow()));
        }
        out.put("our failure, rating", r.failure("failure.rate"));
        out.put("our failure", r.failure("failure.other"));
        return out;
    }

    private static PreferenceProfile profile(RatingBehavior behavior, Double diversity) {
        List<Affinity> five = IntStream.range(0, 5).mapToObj(k -> new Affinity("Jean-Pierre Jeunet-Delacroix " + k, 1, 12, 4.25)).toList();
        List<Affinity> genres = List.of(new Affinity("Sci-Fi", 1, 12, 4.5), new Affinity("Film-Noir", 1, 3, 3.5), new Affinity("Children", 1, 2, 3));
        List<Affinity> decades = List.of(new Affinity("1990s", 1, 8, 4.5), new Affinity("1920s", 1, 1, 2));
        return new PreferenceProfile(1, genres, five, five, decades, behavior, diversity, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void everyReplyInEveryLanguage_staysWithinDiscordsLimits_withNothingCutOrDropped() {
        for (Locale language : LOCALES) {
            everyReply(language).forEach((what, m) -> {
                String as = language + " " + what;
                for (Embed e : m.embeds()) {
                    assertThat(e.title()).as(as).isNotBlank().hasSizeLessThan(Embed.TITLE);
                    if (e.description() != null) {
                        assertThat(e.description()).as(as).hasSizeLessThan(Embed.DESCRIPTION);
                    }
                    if (e.footer() != null) {
                        assertThat(e.footer()).as(as).hasSizeLessThan(Embed.FOOTER);
                    }
                    e.fields().forEach(f -> {
                        assertThat(f.name()).as(as).hasSizeLessThan(Embed.FIELD_NAME);
                        assertThat(f.value()).as(as).hasSizeLessThan(Embed.FIELD_VALUE);
                    });
                    assertThat(e.length()).as(as).isLessThan(Embed.TOTAL);
                }
                for (Button b : m.buttons()) {
                    assertThat(b.label()).as(as).isNotBlank().hasSizeLessThan(80);
                }
                for (StringSelect s : m.selects()) {
                    assertThat(s.placeholder()).as(as).hasSizeLessThan(StringSelect.PLACEHOLDER);
                    assertThat(s.options()).extracting(SelectOption::label).as(as).allSatisfy(l -> assertThat(l).hasSizeLessThan(SelectOption.LABEL));
                }
            });
            Map<String, Message> replies = everyReply(language);
            assertThat(replies.get("ten picks, paged, of a genre").embeds().getFirst().fields()).as("%s: no pick dropped", language).hasSize(10);
            assertThat(replies.get("ten picks, paged, of a genre").buttons()).as("%s: ten Not for me, More, Quick-rate", language).hasSize(12);
            assertThat(replies.get("profile compared").embeds().getFirst().fields()).as("%s: no part of the profile dropped", language).hasSize(6);
        }
    }

    @Test
    void everyReplyInAnotherLanguage_isWordedOtherwiseThanInEnglish() {
        Map<String, Message> english = everyReply(Languages.ENGLISH);
        for (Locale language : LOCALES.subList(1, LOCALES.size())) {
            everyReply(language).forEach((what, m) -> assertThat(m).as("%s %s", language, what).isNotEqualTo(english.get(what)));
        }
    }

    @Test
    void french_writesPluralsAndNumbersItsWay_andNamesGenresAndDecadesInFrench() {
        Replies fr = Replies.in(Locale.FRENCH);
        Movie amelie = new Movie(1, "Amélie", 2001, List.of("Comedy", "Romance"), List.of("Jean-Pierre Jeunet"), List.of(), List.of(), null, null, null);

        assertThat(fr.rated(amelie, new Stars(4.5), RateOutcome.applied(null, new Stars(4.5), 1, 1)).embeds().getFirst())
                .satisfies(e -> assertThat(e.title()).isEqualTo("★★★★½ (4,5)  Amélie (2001)"))
                .satisfies(e -> assertThat(e.description()).startsWith("Cela fait 1 film noté.").contains("réal. Jean-Pierre Jeunet · Comédie, Romance"));
        assertThat(fr.rated(amelie, new Stars(4), RateOutcome.applied(null, new Stars(4), 2, 2)).embeds().getFirst().description())
                .startsWith("Cela fait 2 films notés.");
        Embed profile = fr.stats(profile(new RatingBehavior(3.25, 1.1, 3.75, 12, -0.5, "harsh", List.of(), 3), 0.9), "Camille").embeds().getFirst();
        assertThat(profile.title()).isEqualTo("🎞️ Profil de goûts de Camille");
        assertThat(profile.fields().get(0).value()).startsWith("Science-fiction (12, moy. 4,5★)\nFilm noir (3, moy. 3,5★)\nJeunesse");
        assertThat(profile.fields().get(1).value()).startsWith("années 1990 (8, moy. 4,5★)");
        assertThat(profile.fields().get(4).value()).isEqualTo("**Notation sévère**\u00a0: votre moyenne 3,25★ contre 3,75★ chez les autres membres"
                + " pour les mêmes 12 films (-0,50), écart ±1,10");
        assertThat(fr.footer(picks(new Cause.Popular()), 12_345, 1, true)).isEqualTo("D’après 12\u202f345 notes de tous les membres, dont les vôtres · popularité 100\u00a0%");
        assertThat(Replies.in(Locale.GERMAN).stats(profile(new RatingBehavior(4, 1, null, 0, null, null, List.of(), 3), null), null)
                .embeds().getFirst().fields().get(1).value()).startsWith("1990er (8, Ø 4,5★)");
    }

    @Test
    void english_staysAsItWas() {
        Replies en = Replies.in(Languages.ENGLISH);
        Movie heat = new Movie(1, "Heat", 1995, List.of("Crime"), List.of("Michael Mann"), List.of(), List.of(), null, null, null);

        assertThat(en.rated(heat, new Stars(4.5), RateOutcome.applied(null, new Stars(4.5), 3, 3)).embeds().getFirst().description())
                .isEqualTo("That's 3 films rated.\nEach rating already counts; a few more and `/my_recommendations` knows your taste well."
                        + "\ndir. Michael Mann · Crime");
        Cause liked = new Cause.Liked(heat);
        assertThat(en.footer(picks(liked, liked, liked, new Cause.Popular(), new Cause.Lately()), 1_234, 1, true))
                .isEqualTo("From 1,234 ratings by everyone and yours · films you liked 60%, popular 40%");
    }

    @Test
    void ratingStyle_aDifferenceThatRoundsToNothing_readsPlusZero_neverMinusZero() {
        Embed en = Replies.in(Locale.ENGLISH).stats(profile(new RatingBehavior(4.0, 1.1, 4.001, 9, -0.001, "balanced", List.of(), 3), 0.9), "Sam")
                .embeds().getFirst();

        assertThat(en.fields()).anySatisfy(f -> assertThat(f.value()).contains("on the same 9 films (+0.00)"));
        assertThat(en.fields()).noneSatisfy(f -> assertThat(f.value()).contains("-0.00"));
    }

    @Test
    void because_ofADecade_saysTheDecadeTheWayTheLanguageDoes() {
        Cause fifties = new Cause.Decade("1950s");

        assertThat(Replies.in(Locale.ENGLISH).because(fifties)).isEqualTo("For your taste in films of the **1950s**");
        assertThat(Replies.in(Locale.FRENCH).because(fifties)).isEqualTo("Pour votre goût des films des **années 1950**");
        assertThat(Replies.in(Locale.GERMAN).because(fifties)).isEqualTo("Weil du Filme der **1950er** magst");
    }

    @Test
    void footer_sharesThePicksByTheirReasons_inWholePercentsThatAddUpTo100_countingOnlyPicksWithAReason() {
        Replies en = Replies.in(Locale.ENGLISH);
        Cause nineties = new Cause.Decade("1990s");
        Cause crime = new Cause.Genre("Crime");

        assertThat(en.footer(picks(nineties, nineties, crime, crime, new Cause.Popular(), null), 10, 1, true))
                .endsWith("your decades 40%, your genres 40%, popular 20%");
        assertThat(en.footer(picks(nineties, crime, new Cause.Director("Michael Mann")), 10, 1, true))
                .as("a third each: the point left goes to one of them").matches(".*(34%.*33%.*33%)$");
        assertThat(en.footer(picks((Cause) null), 10, 1, true)).isEqualTo("From 10 ratings by everyone and yours");
    }

    private static List<Recommendation> picks(Cause... causes) {
        List<Recommendation> out = new ArrayList<>();
        for (int k = 0; k < causes.length; k++) {
            out.add(new Recommendation(film(500 + k, "Pick " + k), 1, causes[k]));
        }
        return out;
    }

    @Test
    void footer_forAMemberWithNoRatings_doesNotSayTheListCameFromTheirs() {
        Replies en = Replies.in(Locale.ENGLISH);
        Replies fr = Replies.in(Locale.FRENCH);

        assertThat(en.footer(picks(new Cause.Popular()), 100_830, 0, true)).isEqualTo("From 100,830 ratings by everyone · popular 100%");
        assertThat(en.footer(picks(new Cause.Popular()), 0, 0, true)).startsWith("From the community's ratings");
        assertThat(fr.footer(picks(new Cause.Popular()), 12_345, 0, true)).startsWith("D’après 12\u202f345 notes de tous les membres ·");
        assertThat(en.footer(picks(new Cause.Popular()), 100_830, 3, true)).startsWith("From 100,830 ratings by everyone and yours");
        assertThat(en.footer(picks(new Cause.Popular()), 0, 3, true)).startsWith("From your ratings and the community's");
        assertThat(fr.footer(picks(new Cause.Popular()), 0, 3, false)).startsWith("D’après vos notes ·");
    }
}
