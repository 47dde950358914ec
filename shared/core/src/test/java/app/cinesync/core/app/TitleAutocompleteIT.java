package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.ModelTraining;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.JdbcFeedbackRepository;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.Choice;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /rate movie:} suggestions on real PostgreSQL. The community has two tastes: 30 members
 * rate films of group A, 45 (so more popular) films of group B, with spread-out stars.
 */
class TitleAutocompleteIT {
    private static final Database DB = TestDatabase.get();
    private static final long FAN_OF_A = 9_000_001;
    private static final long FAN_OF_B = 9_000_002;
    private static final long NEWCOMER = 9_000_003;

    private final JdbcRatingRepository ratings = new JdbcRatingRepository(DB);
    private final JdbcMovieRepository movies = new JdbcMovieRepository(DB);
    private List<Long> groupA;
    private List<Long> groupB;

    @BeforeEach
    void community() {
        TestDatabase.reset();
        List<Long> films = movies.search("", 40).stream().map(Movie::id).toList(); // none rated yet: the first 40 by title
        groupA = films.subList(0, 20);
        groupB = films.subList(20, 40);
        for (long user = 1; user <= 75; user++) {
            List<Long> group = user <= 30 ? groupA : groupB;
            for (int k = 0; k < 10; k++) {
                rate(user, group.get((int) ((user * 7 + k * 3) % 20)), 2.5 + ((user * 3 + k * 7) % 6) * 0.5, k);
            }
        }
    }

    private void rate(long user, long film, double stars, int k) {
        ratings.rate(user, film, new Stars(stars), Instant.ofEpochSecond(1_700_000_000L + user * 100 + k),
                ItemVectorizer.vectorize(movies.findById(film).orElseThrow()), null);
    }

    private List<Long> suggested(long member, String typed) {
        return new CineSync(DB, Clock.systemUTC()).autocomplete().suggest(member, "rate", "movie", typed).stream()
                .map(c -> Long.parseLong(c.value().substring(RateCommand.ID_PREFIX.length()))).toList();
    }

    @Test
    void nothingTyped_withATrainedModel_suggestsFilmsTheMemberProbablySaw_followingTheirRatings_overMorePopularOnes() {
        for (int k = 0; k < 3; k++) {
            rate(FAN_OF_A, groupA.get(k), 5.0 - k * 0.5, k);
            rate(FAN_OF_B, groupB.get(k), 5.0 - k * 0.5, k);
        }
        assertThat(ModelTraining.trainAndActivate(DB, new EaseConfig(10, 0, 2))).isPresent();

        List<Long> forA = suggested(FAN_OF_A, "");
        List<Long> forB = suggested(FAN_OF_B, "");
        List<Long> forNewcomer = suggested(NEWCOMER, "");

        assertThat(forA).hasSize(TitleAutocomplete.MAX).doesNotContainAnyElementsOf(groupA.subList(0, 3));
        assertThat(forA.subList(0, 10).stream().filter(groupA::contains).count())
                .as("mostly group A's films, though group B's are rated more often: %s", forA).isGreaterThan(5);
        assertThat(forB).hasSize(TitleAutocomplete.MAX).doesNotContainAnyElementsOf(groupB.subList(0, 3));
        assertThat(forB.subList(0, 10).stream().filter(groupB::contains).count()).as("%s", forB).isGreaterThan(5);
        assertThat(forNewcomer.subList(0, 10).stream().filter(groupB::contains).count())
                .as("no ratings yet: mostly the community's most rated: %s", forNewcomer).isGreaterThan(5);
        assertThat(forA.subList(0, 10).stream().filter(groupA::contains).count())
                .as("the member's own taste outweighs popularity").isGreaterThan(forNewcomer.subList(0, 10).stream().filter(groupA::contains).count());
    }

    @Test
    void nothingTyped_beforeAnyTraining_suggestsTheCommunitysFilmsFirst_leavingOutWhatTheMemberRatedOrHasNotSeen() {
        long member = 9_100_000 + System.nanoTime() % 100_000; // "haven't seen it" answers outlive the test database's reset
        rate(member, groupB.get(0), 4.0, 0);
        new JdbcFeedbackRepository(DB).skip(member, groupB.get(1), Instant.now());

        List<Long> forMember = suggested(member, "");
        List<Long> forNewcomer = suggested(NEWCOMER, "");

        assertThat(forMember).hasSize(TitleAutocomplete.MAX).doesNotContain(groupB.get(0), groupB.get(1));
        assertThat(forNewcomer).hasSize(TitleAutocomplete.MAX);
        assertThat(forNewcomer.subList(0, 20)).as("rated films before the never rated").allMatch(id -> groupA.contains(id) || groupB.contains(id));
        assertThat(forNewcomer.subList(0, 10)).as("the most rated first").allMatch(groupB::contains);
    }

    @Test
    void nothingTypedButAYear_suggestsOnlyThatYearsFilms() {
        List<Long> suggested = suggested(NEWCOMER, "(1995)");

        assertThat(suggested).isNotEmpty().allSatisfy(id -> assertThat(movies.findById(id).orElseThrow().year()).isEqualTo(1995));
    }

    @Test
    void typedText_findsTitlesAccentAndCaseInsensitively_startingWithTheTextFirst_atMost25() {
        TitleAutocomplete autocomplete = new CineSync(DB, Clock.systemUTC()).autocomplete();

        assertThat(autocomplete.suggest(NEWCOMER, "rate", "movie", "amelie").getFirst().name()).isEqualTo("Amélie (2001)");
        assertThat(autocomplete.suggest(NEWCOMER, "rate", "movie", "LEON PROFESSIONAL")).extracting(Choice::name)
                .containsExactly("Léon: The Professional (1994)");
        List<Choice> the = autocomplete.suggest(NEWCOMER, "rate", "movie", "the");
        assertThat(the).hasSize(25);
        assertThat(the.getFirst().name()).startsWith("The");
        assertThat(autocomplete.suggest(NEWCOMER, "rate", "movie", "heat (1995)")).extracting(Choice::name).containsExactly("Heat (1995)");
        assertThat(autocomplete.suggest(NEWCOMER, "rate", "movie", "x".repeat(10_000))).isEmpty();
        assertThat(autocomplete.suggest(NEWCOMER, "my_recommendations", "genre", "")).as("not an autocomplete option").isEmpty();
    }

    @Test
    void suggestions_answerWithTheFilmsIdSoThatThePickedFilmIsTheFilmRated() {
        Movie amelie = movies.findByTitle("amelie", 2001).getFirst();

        assertThat(new CineSync(DB, Clock.systemUTC()).autocomplete().suggest(NEWCOMER, "rate", "movie", "amelie"))
                .contains(new Choice("Amélie (2001)", "m:" + amelie.id()));
    }

    @Test
    void aMisspeltTitle_thatNoTitleHasEveryWordOf_suggestsTheTitlesThatComeClose() {
        long godfather = movies.findByTitle("the godfather", 1972).getFirst().id();

        assertThat(suggested(NEWCOMER, "godfathr")).first().isEqualTo(godfather);
        assertThat(suggested(NEWCOMER, "godfathr (1972)")).containsExactly(godfather);
        assertThat(suggested(NEWCOMER, "xqzzy")).isEmpty();
    }
}
