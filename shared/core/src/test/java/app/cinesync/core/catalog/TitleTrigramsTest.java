package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleTrigramsTest {
    private static final List<String> TITLES = List.of("The Godfather", "The Godfather Part II", "Tokyo Godfathers", "Toy Story",
            "Toy Story 2", "Inception", "Amélie", "Pulp Fiction", "Election");
    private static final TitleTrigrams INDEX = new TitleTrigrams(TITLES);

    private static List<String> closest(String typed, int limit) {
        return INDEX.closest(typed, limit, i -> true).stream().map(TITLES::get).toList();
    }

    @Test
    void closest_toAMisspeltTitle_isThatTitleFirst_thenTitlesNearlyAsClose() {
        assertThat(closest("godfathr", 5)).first().isEqualTo("The Godfather");
        assertThat(closest("godfathr", 5)).contains("Tokyo Godfathers").doesNotContain("Toy Story");
        assertThat(closest("toy storie", 5)).containsExactly("Toy Story", "Toy Story 2");
        assertThat(closest("inceptoin", 5)).containsExactly("Inception");
        assertThat(closest("pulp fction", 5)).containsExactly("Pulp Fiction");
        assertThat(closest("AMELIE!", 5)).as("folded as titles are").containsExactly("Amélie");
    }

    @Test
    void closest_toTextLikeNoTitle_isNothing() {
        assertThat(closest("xqzzy", 5)).isEmpty();
        assertThat(closest("", 5)).isEmpty();
        assertThat(closest("🎬", 5)).isEmpty();
    }

    @Test
    void closest_keepsOnlyTheEligible_andAtMostTheLimit() {
        assertThat(INDEX.closest("godfathr", 1, i -> true)).hasSize(1);
        assertThat(INDEX.closest("godfathr", 5, i -> !TITLES.get(i).equals("The Godfather")).stream().map(TITLES::get))
                .first().isNotEqualTo("The Godfather");
    }

    @Test
    void dice_isTwiceTheSharedTrigramsOverBothCounts() {
        long[] a = TitleTrigrams.of("ab");
        assertThat(a).hasSize(3); // "  a", " ab", "ab "
        assertThat(TitleTrigrams.dice(a, a)).isEqualTo(1.0);
        assertThat(TitleTrigrams.dice(a, TitleTrigrams.of("ac"))).isEqualTo(2.0 * 1 / 6);
    }
}
