package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcMovieRepositoryIT {
    private final JdbcMovieRepository movies = new JdbcMovieRepository(TestDatabase.get());

    @Test
    void search_findsAmelieWithoutTheAccent() {
        assertThat(movies.search("amelie", 25)).extracting(Movie::displayTitle).startsWith("Amélie (2001)");
        assertThat(movies.search("leon professional", 25)).extracting(Movie::displayTitle).containsExactly("Léon: The Professional (1994)");
    }

    @Test
    void search_putsTitlesStartingWithTheTextFirst_thenWordStarts_thenAnywhere_evenAgainstPopularity() {
        long anywhere = movies.upsert(probe("Mmqzvmm", 2001));
        long wordStart = movies.upsert(probe("Night of the Qzvs", 2001));
        long titleStart = movies.upsert(probe("Qzv Road", 2002));
        TestDatabase.get().inTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE movies SET rating_count = 100, rating_sum = 400 WHERE movie_id = " + anywhere));
        try {
            assertThat(movies.search("qzv", 25)).extracting(Movie::id).containsExactly(titleStart, wordStart, anywhere);
            assertThat(movies.search("road qzv", 25)).as("each word starts a word, but the title does not start so")
                    .extracting(Movie::id).containsExactly(titleStart);
            assertThat(movies.search("qzv", 2001, 25)).as("the year filter").extracting(Movie::id).containsExactly(wordStart, anywhere);
            assertThat(movies.search("qzv", null, 2)).as("the limit").extracting(Movie::id).containsExactly(titleStart, wordStart);
        } finally {
            TestDatabase.get().inTransaction(c -> c.createStatement().executeUpdate(
                    "DELETE FROM movies WHERE movie_id IN (" + anywhere + ", " + wordStart + ", " + titleStart + ")"));
        }
    }

    @Test
    void search_withWildcardsTyped_matchesThemLiterally() {
        assertThat(movies.search("100%_", 25)).isEmpty();
        assertThat(movies.search("", 25)).hasSize(25);
    }

    private static Movie probe(String title, int year) {
        return new Movie(0, title, year, List.of("Drama"), List.of("Probe Director"), List.of(), List.of(), null, null, null);
    }

    @Test
    void upsert_mergesWithTheSameFilm_keepingWhatTheNewRowDoesNotKnow() {
        long id = movies.upsert(new Movie(0, "Merge Probe", 2099, List.of("Drama"), List.of("Ann Director"), List.of("Bo Actor"), List.of(), null, null, null));
        long again = movies.upsert(new Movie(0, "Merge Probe", 2099, List.of(), List.of(), List.of(), List.of("probe"), "tt9999991", 5L, 990001L));
        assertThat(again).isEqualTo(id);
        Movie merged = movies.findById(id).orElseThrow();
        assertThat(merged.genres()).containsExactly("Drama");
        assertThat(merged.directors()).containsExactly("Ann Director");
        assertThat(merged.tags()).containsExactly("probe");
        assertThat(merged.imdbId()).isEqualTo("tt9999991");
        assertThat(movies.upsert(new Movie(0, "Merge Probe (renamed)", 2099, List.of("Comedy"), List.of(), List.of(), List.of(), null, null, 990001L)))
                .as("the MovieLens id identifies the film").isEqualTo(id);
    }
}
