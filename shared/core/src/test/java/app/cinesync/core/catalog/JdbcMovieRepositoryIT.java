package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.app.TitleAutocomplete;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcMovieRepositoryIT {
    private final JdbcMovieRepository movies = new JdbcMovieRepository(TestDatabase.get());

    @Test
    void autocomplete_findsAmelieWithoutTheAccent_andAnswersWithItsId() {
        List<Choice> choices = new TitleAutocomplete(movies).suggest("rate", "movie", "amelie");
        assertThat(choices).extracting(Choice::name).contains("Amélie (2001)");
        Movie amelie = movies.findByTitle("amelie", 2001).getFirst();
        assertThat(choices).contains(new Choice("Amélie (2001)", "m:" + amelie.id()));
    }

    @Test
    void autocomplete_matchesEveryWordAnywhere_titlesStartingWithTheQueryFirst_atMost25() {
        assertThat(new TitleAutocomplete(movies).suggest("rate", "movie", "LEON PROFESSIONAL"))
                .extracting(Choice::name).containsExactly("Léon: The Professional (1994)");
        List<Choice> the = new TitleAutocomplete(movies).suggest("rate", "movie", "the");
        assertThat(the).hasSize(25);
        assertThat(the.getFirst().name()).startsWith("The");
        assertThat(new TitleAutocomplete(movies).suggest("rate", "movie", "x".repeat(10_000))).isEmpty();
        assertThat(new TitleAutocomplete(movies).suggest("rate", "movie", "100%_")).isEmpty();
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
