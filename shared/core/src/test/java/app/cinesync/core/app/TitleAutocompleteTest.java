package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.Movie;
import app.cinesync.discord.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleAutocompleteTest {
    private static Movie film(long id, String title, Integer year) {
        return new Movie(id, title, year, List.of("Animation"), List.of(), List.of(), List.of(), null, null, null);
    }

    @Test
    void choice_ofATitleTooLongForDiscord_isCutBeforeItsYear_soTwoFilmsOfOneLongNameStayApart() {
        String name = "Dragon Ball Z the Movie: The World's Strongest (a.k.a. Dragon Ball Z: The Strongest Guy in The World) "
                + "(Doragon bôru Z: Kono yo de ichiban tsuyoi yatsu)";

        Choice first = TitleAutocomplete.choice(film(1, name, 1990));
        Choice other = TitleAutocomplete.choice(film(2, name, 1991));

        assertThat(first.name()).hasSize(Choice.NAME).startsWith("Dragon Ball Z the Movie").endsWith("… (1990)");
        assertThat(other.name()).endsWith("… (1991)");
        assertThat(first.value()).isEqualTo("m:1");
    }

    @Test
    void choice_ofATitleThatFits_isTheTitleAndYear() {
        assertThat(TitleAutocomplete.choice(film(3, "Akira", 1988)).name()).isEqualTo("Akira (1988)");
        assertThat(TitleAutocomplete.choice(film(4, "Untitled", null)).name()).isEqualTo("Untitled");
    }
}
