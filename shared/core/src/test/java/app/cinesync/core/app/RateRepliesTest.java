package app.cinesync.core.app;

import static app.cinesync.core.testing.InMemoryCineSync.film;
import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.Route;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.testing.InMemoryCineSync;
import app.cinesync.core.testing.Members;
import app.cinesync.core.testing.Screen;
import app.cinesync.discord.Message;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.StringSelect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /rate} and the rating form over in-memory storage: what the member reads for each outcome, and what is stored. */
class RateRepliesTest {
    private static final long MEMBER = 1300000000000000001L;

    private InMemoryCineSync cineSync;

    @BeforeEach
    void setUp() {
        cineSync = new InMemoryCineSync(film("Amélie", 2001, "Comedy", "Romance"), film("Solaris", 1972, "Drama", "Sci-Fi"),
                film("Solaris", 2002, "Drama", "Sci-Fi"), film("Alien", 1979, "Horror", "Sci-Fi"), film("Heat", 1995, "Crime"),
                film("Up", 2009, "Animation"), film("Jaws", 1975, "Thriller"));
    }

    private String rate(String locale, String film, String stars) {
        return cineSync.read(Route.RATE, Members.command(MEMBER, locale, "rate", Map.of("movie", film, "rating", stars)));
    }

    private String rate(String film, String stars) {
        return rate("en-US", film, stars);
    }

    @Test
    void rate_firstFilm_savesIt_queuesTheProfile_andSaysHowManyAndWhatNext() {
        String reply = rate("amelie", "4,5");

        assertThat(reply).contains("★★★★½ (4.5)  Amélie (2001)", "That's 1 film rated.", "a few more and `/my_recommendations`",
                "Quick-rate films");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).singleElement().satisfies(r -> assertThat(r.stars().value()).isEqualTo(4.5));
        assertThat(cineSync.queued).containsExactly(MEMBER);
    }

    @Test
    void rate_aFilmRatedBefore_saysWhatItReplaced() {
        rate("Heat (1995)", "3");

        assertThat(rate("Heat (1995)", "★★★★")).contains("★★★★ (4)  Heat (1995)", "Updated from ★★★ (3).");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).hasSize(1);
    }

    @Test
    void quickRate_theSameStarsAgain_saysNothingChanged_andOtherStarsSayWhatTheyReplaced() {
        long heat = cineSync.store.movies().findByTitle("heat", 1995).getFirst().id();
        String answer = "qr:" + heat;

        assertThat(cineSync.read(Route.RATE, Members.select(MEMBER, answer, "4"))).contains("Saved: **Heat (1995)** ★★★★ (4).");
        assertThat(cineSync.read(Route.RATE, Members.select(MEMBER, answer, "4")))
                .contains("Unchanged: you had already rated **Heat (1995)** ★★★★ (4).").doesNotContain("Saved");
        assertThat(cineSync.read(Route.RATE, Members.select(MEMBER, answer, "2.5"))).contains("Updated: **Heat (1995)** ★★½ (2.5), was ★★★★ (4).");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).singleElement().satisfies(r -> assertThat(r.stars().value()).isEqualTo(2.5));
    }

    @Test
    void rate_aFilmAgainWithTheSameStars_saysNothingChanged_inEveryLanguage() {
        rate("Heat (1995)", "4");

        assertThat(rate("Heat (1995)", "★★★★")).contains("★★★★ (4)  Heat (1995)", "Unchanged: you had already rated it ★★★★ (4).")
                .doesNotContain("Updated");
        assertThat(rate("fr", "Heat (1995)", "4")).contains("Rien n’a changé\u00a0: vous l’aviez déjà noté ★★★★ (4).");
        assertThat(rate("de", "Heat (1995)", "4")).contains("Unverändert: Du hattest ihn schon mit ★★★★ (4) bewertet.");
        assertThat(rate("es-419", "Heat (1995)", "4")).contains("Sin cambios: ya la habías valorado con ★★★★ (4).");
        assertThat(rate("pt-BR", "Heat (1995)", "4")).contains("Nada mudou: você já tinha dado ★★★★ (4) a este filme.");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).singleElement().satisfies(r -> assertThat(r.stars().value()).isEqualTo(4));
    }

    @Test
    void rate_fifthFilm_saysTheRecommendationsLearnedFromIt_andNoLongerOffersQuickRate() {
        for (String f : new String[] {"Amélie", "Alien", "Heat", "Up"}) {
            rate(f, "4");
        }

        assertThat(rate("Jaws", "5")).contains("That's 5 films rated.", "`/my_recommendations` has learned from it already.")
                .doesNotContain("Quick-rate films");
    }

    @Test
    void rate_deliveredTwice_isAppliedOnce_andTheRetrySaysNothingWasSaved() {
        byte[] once = Members.command(MEMBER, "rate", Map.of("movie", "Alien", "rating", "4.5"));
        cineSync.run(Route.RATE, once);

        assertThat(cineSync.read(Route.RATE, once)).contains("Nothing was saved now: this interaction's id had already been used.",
                "Your rating of this film stands at ★★★★½ (4.5).");
        assertThat(cineSync.store.ratings().embedding(MEMBER).orElseThrow().updateCount()).isEqualTo(1);
    }

    @Test
    void rateForm_submitted_savesTheRatingFromTheForm() {
        String reply = cineSync.read(Route.RATE, Members.form(MEMBER, "rate", Map.of("movie", "Up", "rating", "5")));

        assertThat(reply).contains("★★★★★ (5)  Up (2009)");
    }

    @Test
    void rate_whenTheFilmIsUnknown_answersInTheMembersLanguage_andStoresNothing() {
        assertThat(rate("A Film Nobody Made", "4")).contains("⚠️ Not quite", "I couldn't find a film called **A Film Nobody Made**.");
        assertThat(rate("fr", "A Film Nobody Made", "4")).contains("⚠️ Pas tout à fait",
                "Je n’ai trouvé aucun film intitulé **A Film Nobody Made**.", "`/noter`");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
        assertThat(cineSync.queued).isEmpty();
    }

    @Test
    void rate_whenTheTitleNamesTwoFilms_asksWhichOne_newestFirst() {
        assertThat(rate("solaris", "4")).contains("Which film do you mean by **solaris**? Solaris (2002), Solaris (1972).");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
    }

    @Test
    void rate_whenTheTitleNamesTwoFilms_offersThemInADropDown_andTheOnePickedIsRatedWithTheStarsGiven() {
        Message asked = cineSync.run(Route.RATE, Members.command(MEMBER, "en-US", "rate", Map.of("movie", "solaris", "rating", "4.5")));

        StringSelect which = asked.selects().getFirst();
        assertThat(which.options()).extracting(SelectOption::label).containsExactly("Solaris (2002)", "Solaris (1972)");
        String seventyTwo = which.options().get(1).value();

        String reply = cineSync.read(Route.RATE, Members.select(MEMBER, which.customId(), seventyTwo));

        assertThat(reply).contains("★★★★½ (4.5)  Solaris (1972)", "That's 1 film rated.");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).singleElement()
                .satisfies(r -> assertThat(r.movieId()).isEqualTo(Long.parseLong(seventyTwo)));
    }

    @Test
    void rate_whenTheTitleFitsManyFilms_offersThemAll_namingTheFirstFive_andKeepsEachLongTitlesYear() {
        List<Movie> films = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            films.add(film("Harry Potter Part " + k, 2000 + k, "Fantasy"));
        }
        films.add(film("Harry Potter and the " + "Very ".repeat(30) + "Long Title", 2030, "Fantasy"));
        cineSync = new InMemoryCineSync(films.toArray(Movie[]::new));

        Message asked = cineSync.run(Route.RATE, Members.command(MEMBER, "en-US", "rate", Map.of("movie", "harry potter", "rating", "4")));

        assertThat(Screen.text(asked)).contains(", …. Pick it below");
        List<SelectOption> options = asked.selects().getFirst().options();
        assertThat(options).hasSize(9);
        assertThat(options).extracting(SelectOption::label).anySatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(SelectOption.LABEL).endsWith("… (2030)"));
    }

    @Test
    void rate_whenOnlyOneFilmComesClose_offersIt_inTheMembersLanguage() {
        Message asked = cineSync.run(Route.RATE, Members.command(MEMBER, "de", "rate", Map.of("movie", "ame", "rating", "5")));

        assertThat(asked.selects()).singleElement().satisfies(s -> {
            assertThat(s.placeholder()).isEqualTo("Der Film, den du meinst");
            assertThat(s.options()).extracting(SelectOption::label).containsExactly("Amélie (2001)");
        });
        assertThat(cineSync.read(Route.RATE, Members.select(MEMBER, asked.selects().getFirst().customId(), "999999"))).contains("⚠️");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
    }

    @Test
    void rate_whenOnlyOneFilmComesClose_asksWhetherItIsThatOne_andStoresNothing() {
        assertThat(rate("ame", "4")).contains("I couldn't find a film called **ame**. Did you mean **Amélie (2001)**? Pick it below to save your rating.")
                .doesNotContain("Which film");
        assertThat(rate("fr", "ame", "4")).contains("Vouliez-vous dire **Amélie (2001)**\u00a0?");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
    }

    @Test
    void rate_byWholeWordsOfOneFilmsTitle_ratesThatFilm_butAsksWhenTheWordsFitSeveral() {
        cineSync = new InMemoryCineSync(film("The Shawshank Redemption", 1994, "Drama"), film("Redemption Road", 2010, "Drama"),
                film("The Matrix", 1999, "Sci-Fi"));

        assertThat(rate("Shawshank Redemption", "5")).contains("★★★★★ (5)  The Shawshank Redemption (1994)");
        assertThat(rate("matrix (1999)", "4")).contains("★★★★ (4)  The Matrix (1999)");
        assertThat(rate("redemption", "3")).contains("Which film do you mean by **redemption**?");
        assertThat(rate("shawshank redemp", "3")).as("a word cut short is not a whole word").contains("Did you mean **The Shawshank Redemption (1994)**?");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).hasSize(2);
    }

    @Test
    void rate_withTheYearAsTheLastWord_findsTheFilmOfThatYear() {
        assertThat(rate("solaris 1972", "4")).contains("★★★★ (4)  Solaris (1972)");
        assertThat(rate("heat 1996", "4")).as("no Heat of 1996").contains("I couldn't find a film called **heat 1996**.");
    }

    @Test
    void rate_ofAMisspeltTitle_asksWhetherItIsTheClosestFilm_andOffersIt() {
        Message asked = cineSync.run(Route.RATE, Members.command(MEMBER, "en-US", "rate", Map.of("movie", "Solaaris", "rating", "4")));

        assertThat(Screen.text(asked)).contains("Which film do you mean by **Solaaris**?");
        assertThat(asked.selects().getFirst().options()).extracting(SelectOption::label).containsExactlyInAnyOrder("Solaris (1972)", "Solaris (2002)");
        assertThat(rate("Jawz (1975)", "4")).contains("Did you mean **Jaws (1975)**?");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
    }

    @Test
    void rate_whenTheRatingIsOffTheScale_answersInTheMembersLanguage_quotingIt_andStoresNothing() {
        assertThat(rate("Alien", "7")).contains("A rating is 0.5 to 5 stars in half steps", "**7** isn't one. Nothing was saved.");
        assertThat(rate("de", "Alien", "4.2")).contains("⚠️ Nicht ganz", "**4.2** gehört nicht dazu. Es wurde nichts gespeichert.");
        assertThat(rate("es-ES", "Alien", "4.2")).contains("de 0,5 a 5 estrellas", "(como 3; 3,5 o 4,5)");
        assertThat(rate("es-419", "Alien", "4.2")).as("numbers as the member's region writes them").contains("de 0.5 a 5 estrellas", "(como 3; 3.5 o 4.5)");
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
    }

    @Test
    void rate_whenWhatWasTypedIsVeryLong_quotesItCutShort_andTheWholeAnswerStillReads() {
        String reply = rate("x".repeat(2000), "4");

        assertThat(reply).contains("**" + "x".repeat(Mistakes.TITLE_QUOTED - 1) + "…**")
                .endsWith("Start typing in `/rate` and pick one of the suggestions.");
        assertThat(rate("Alien", "9".repeat(39))).contains("**" + "9".repeat(Mistakes.RATING_QUOTED - 1) + "…** isn't one.");
    }

    @Test
    void rate_whenTheDatabaseIsDown_saysTheRatingWasNotSaved_andToTryAgain_inTheMembersLanguage() {
        cineSync.store.goDown();

        assertThat(rate("Alien", "4")).contains("⚠️ Something went wrong on our side", "Your rating was not saved. Please try again in a moment.")
                .doesNotContain("08001", "refused");
        assertThat(rate("fr", "Alien", "4")).contains("Votre note n’a pas été enregistrée. Réessayez dans un moment.");
        cineSync.store.comeBack();
        assertThat(cineSync.store.ratings().ratingsOf(MEMBER)).isEmpty();
    }
}
