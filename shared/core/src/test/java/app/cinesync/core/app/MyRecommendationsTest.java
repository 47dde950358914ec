package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.Commands;
import app.cinesync.commands.Route;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.TitleFolding;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.Cause;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.testing.InMemoryCineSync;
import app.cinesync.core.testing.Members;
import app.cinesync.core.testing.Screen;
import app.cinesync.discord.Button;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Message;
import app.cinesync.discord.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /my_recommendations} over in-memory storage: how many picks, what the member reads, and Discord's limits. */
class MyRecommendationsTest {
    private static final long MEMBER = 1300000000000000002L;
    /** 110 characters, as long as real titles get; and a long director's name. */
    private static final String LONG_TITLE = "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb, the Director's Cut, Restored and Remastered";

    private InMemoryCineSync cineSync;

    @BeforeEach
    void setUp() {
        Movie[] films = IntStream.range(0, 30).mapToObj(i -> new Movie(0, LONG_TITLE + " " + i, 1960 + i, List.of("Comedy", "War", "Sci-Fi"),
                List.of("Jean-Pierre Jeunet-Delacroix de la Montagne " + i), List.of(), List.of(), null, null, null)).toArray(Movie[]::new);
        cineSync = new InMemoryCineSync(films);
    }

    private Message recommend(String locale, Map<String, String> options) {
        return cineSync.run(Route.RECOMMEND, Members.command(MEMBER, locale, "my_recommendations", options));
    }

    private static List<Embed.Field> picks(Message m) {
        return m.embeds().getFirst().fields();
    }

    @Test
    void myRecommendations_withoutCount_showsFive() {
        assertThat(picks(recommend("en-US", Map.of()))).hasSize(Commands.DEFAULT_COUNT);
    }

    @Test
    void myRecommendations_countFromOneToTen_showsThatMany() {
        assertThat(picks(recommend("en-US", Map.of("count", "1")))).hasSize(1);
        assertThat(picks(recommend("en-US", Map.of("count", "10")))).hasSize(Commands.MAX_COUNT);
    }

    @Test
    void myRecommendations_countOutsideOneToTen_isAnsweredInTheMembersLanguage_withNothingRecommended() {
        for (String count : List.of("0", "11", "-1", "ten", "99999999999")) {
            assertThat(Screen.text(recommend("en-US", Map.of("count", count)))).as(count)
                    .contains("⚠️ Not quite", "`count` is a number from 1 to 10.").doesNotContain("Picked for you");
        }
        assertThat(Screen.text(recommend("fr", Map.of("count", "11")))).contains("`nombre` est un nombre de 1 à 10.");
    }

    @Test
    void myRecommendations_byAMemberWhoseLanguageCineSyncDoesNotSpeak_inAFrenchServer_namesTheOptionTheirDiscordShows() {
        byte[] japaneseInAFrenchServer = Members.inServer(Members.command(MEMBER, "ja", "my_recommendations", Map.of("count", "11")), "fr");

        // Discord shows this member /my_recommendations count: (commands.json has no Japanese), never /mes_recommandations nombre:
        assertThat(cineSync.read(Route.RECOMMEND, japaneseInAFrenchServer)).contains("`count` is a number from 1 to 10.")
                .doesNotContain("nombre");
    }

    @Test
    void myRecommendations_pagedToTheEnd_offersMorePicksOnlyWhileAnotherPageFollows() {
        // 30 films: pages of 10 end exactly full, pages of 7 end with 2 films
        assertThat(pages(10)).containsExactly("10 films, more: recs:10:10:Comedy", "10 films, more: recs:10:20:Comedy", "10 films, last");
        assertThat(pages(7)).containsExactly("7 films, more: recs:7:7:-", "7 films, more: recs:7:14:-", "7 films, more: recs:7:21:-",
                "7 films, more: recs:7:28:-", "2 films, last");
    }

    /** Every page of {@code count} films the member reaches by pressing "More picks" (of Comedy for 10, of any genre for 7). */
    private List<String> pages(int count) {
        List<String> out = new ArrayList<>();
        Message page = recommend("en-US", count == 10 ? Map.of("count", "10", "genre", "Comedy") : Map.of("count", "7"));
        while (true) {
            Optional<String> more = page.buttons().stream().filter(b -> b.label().equals("More picks")).map(Button::customId).findFirst();
            out.add(picks(page).size() + " films, " + more.map(id -> "more: " + id).orElse("last"));
            if (more.isEmpty()) {
                return out;
            }
            page = cineSync.run(Route.RECOMMEND, Members.button(MEMBER, more.get()));
        }
    }

    @Test
    void aPageAtTheLastOffsetAButtonCanAskFor_offersNoMorePicks() {
        List<Recommendation> picks = IntStream.range(0, 10).mapToObj(k -> new Recommendation(InMemoryCineSync.film("Film " + k, 1990, "Drama"),
                1, new Cause.Popular())).toList();
        Page morePicksRank = new Page(picks, true);

        Message at990 = Replies.in(Locale.ENGLISH).recommendations(morePicksRank, new RecommendCommand.Request(10, 990, null, null), 7, 0, 100, true);
        Message at1000 = Replies.in(Locale.ENGLISH).recommendations(morePicksRank, new RecommendCommand.Request(10, 1000, null, null), 7, 0, 100, true);

        assertThat(at990.buttons()).extracting(Button::customId).contains("recs:10:1000:-");
        assertThat(at1000.buttons()).extracting(Button::customId).as("1010 is beyond RecommendId.MAX_OFFSET: the server would refuse it")
                .noneMatch(id -> id.startsWith("recs:10:"));
    }

    @Test
    void myRecommendations_whenNobodyHasRatedAnything_saysSo_andCallsNoPickPopular_inEveryLanguage() {
        for (Locale language : Languages.SUPPORTED) {
            Texts t = Texts.of(Replies.TEXTS, language);
            Message m = recommend(language.toLanguageTag(), Map.of("count", "10"));

            assertThat(m.embeds().getFirst().description()).as(language.toString()).isEqualTo(t.get("recs.intro.nobody"));
            assertThat(Screen.text(m)).as(language.toString()).doesNotContain(t.get("because.popular"), t.get("because.lately"),
                    t.get("footer.untrained"));
            assertThat(m.buttons()).extracting(Button::label).as(language.toString()).contains(t.get("button.quickRate"));
        }
    }

    @Test
    void myRecommendations_ofANewcomer_onceOthersHaveRated_areTheCommunitysFavourites() {
        Movie rated = someoneElseRates(LONG_TITLE + " 3");

        Message m = recommend("en-US", Map.of("count", "3"));

        assertThat(m.embeds().getFirst().description()).startsWith("You haven't rated anything yet, so these are the community's favourites.");
        assertThat(picks(m).getFirst().name()).endsWith(rated.displayTitle());
        assertThat(picks(m).getFirst().value()).endsWith("Popular with the community");
    }

    /** Another member rates the film titled so, before the member asks for anything. */
    private Movie someoneElseRates(String title) {
        Movie film = cineSync.store.movies().findByTitle(TitleFolding.fold(title), null).getFirst();
        cineSync.store.ratings().rate(7, film.id(), new Stars(4.5), InMemoryCineSync.CLOCK.instant(), ItemVectorizer.vectorize(film), null);
        return film;
    }

    @Test
    void myRecommendations_ofTen_inEveryLanguage_staysWithinDiscordsLimits_andShowsEveryPick() {
        someoneElseRates(LONG_TITLE + " 3"); // a community: every part of the reply, its footer too
        for (Locale language : Languages.SUPPORTED) {
            Message m = recommend(language.toLanguageTag(), Map.of("count", "10"));

            assertThat(m.content() == null || m.content().length() <= 2000).as("content").isTrue();
            assertThat(m.embeds()).hasSize(1);
            Embed e = m.embeds().getFirst();
            assertThat(e.length()).as(language + " total").isLessThanOrEqualTo(Embed.TOTAL);
            assertThat(e.title().length()).isLessThanOrEqualTo(Embed.TITLE);
            assertThat(e.description().length()).isLessThanOrEqualTo(Embed.DESCRIPTION);
            assertThat(e.footer().length()).isLessThanOrEqualTo(Embed.FOOTER);
            assertThat(e.fields()).as(language + ": no pick dropped to fit").hasSize(10).allSatisfy(f -> {
                assertThat(f.name()).contains(LONG_TITLE).doesNotEndWith("…");
                assertThat(f.value().length()).isLessThanOrEqualTo(Embed.FIELD_VALUE);
            });
            assertThat(m.buttons()).hasSizeLessThanOrEqualTo(Message.MAX_BUTTONS)
                    .allSatisfy(b -> assertThat(b.label().length()).isLessThanOrEqualTo(80));
            assertThat(m.buttons().stream().map(Button::customId)).allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo(100));
        }
    }

    @Test
    void notForMe_wavesTheFilmAway_andTheSamePageComesBackWithoutIt() {
        Message first = recommend("en-US", Map.of("count", "3"));
        String waved = picks(first).getFirst().name().substring(3); // "1. <title>"
        Button notForMe = first.buttons().getFirst();

        Message again = cineSync.run(Route.RECOMMEND, Members.button(MEMBER, notForMe.customId()));

        assertThat(picks(again)).hasSize(3).noneSatisfy(f -> assertThat(f.name()).endsWith(waved));
        assertThat(cineSync.store.feedback().dismissals(MEMBER)).hasSize(1);
    }

    @Test
    void notForMe_onTheLastFilmLeft_saysNothingIsLeftThatWasNotRatedOrSetAside() {
        cineSync = new InMemoryCineSync(InMemoryCineSync.film("Heat", 1995, "Crime"));
        Message first = recommend("en-US", Map.of("count", "1"));

        Message again = cineSync.run(Route.RECOMMEND, Members.button(MEMBER, first.buttons().getFirst().customId()));

        assertThat(again.embeds().getFirst().description()).isEqualTo(
                "No films to recommend that you haven't rated or set aside with \"Not for me\".");
    }

    @Test
    void myRecommendations_justAfterTheFirstRatingOfAFreshInstall_neverSaysNobodyHasRated() {
        assertThat(recommend("en-US", Map.of()).embeds().getFirst().description()).startsWith("Nobody has rated anything yet");
        cineSync.run(Route.RATE, Members.command(MEMBER + 1, "en-US", "rate", Map.of("movie", LONG_TITLE + " 7 (1967)", "rating", "5")));

        Message after = recommend("en-US", Map.of("count", "1"));

        assertThat(after.embeds().getFirst().description()).startsWith("You haven't rated anything yet, so these are the community's favourites.");
        assertThat(picks(after).getFirst().name()).endsWith(LONG_TITLE + " 7 (1967)");
    }

    @Test
    void myRecommendations_ofTheFirstMemberToRate_sayTheyComeFromTheirRatings_notACommunityThatIsNotThereYet() {
        cineSync.run(Route.RATE, Members.command(MEMBER, "en-US", "rate", Map.of("movie", LONG_TITLE + " 7 (1967)", "rating", "5")));

        assertThat(recommend("en-US", Map.of()).embeds().getFirst().footer()).startsWith("From your ratings").doesNotContain("community");

        cineSync.run(Route.RATE, Members.command(MEMBER + 1, "en-US", "rate", Map.of("movie", LONG_TITLE + " 8 (1968)", "rating", "4")));
        assertThat(recommend("en-US", Map.of()).embeds().getFirst().footer()).as("once another member has rated, within the catalog's minute too")
                .startsWith("From your ratings and the community's");
    }

    @Test
    void myRecommendations_whenTheDatabaseIsDown_saysToTryAgain_inTheMembersLanguage() {
        cineSync.store.goDown();

        assertThat(Screen.text(recommend("en-US", Map.of()))).contains("I couldn't finish that. Please try again in a moment.");
        assertThat(Screen.text(recommend("de", Map.of()))).contains("Ich konnte das nicht abschließen. Bitte versuch es gleich noch einmal.");
    }
}
