package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.core.app.Genres;
import app.cinesync.core.rating.Stars;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTextTest {
    @Test
    void folding_ignoresAccentsCaseAndPunctuation() {
        assertThat(TitleFolding.fold("Amélie")).isEqualTo("amelie");
        assertThat(TitleFolding.fold("  Léon: The Professional ")).isEqualTo("leon the professional");
        assertThat(TitleFolding.fold("Y tu mamá también")).isEqualTo("y tu mama tambien");
        assertThat(TitleFolding.fold("Fast & Furious")).isEqualTo("fast and furious");
        assertThat(TitleFolding.fold("WALL·E")).isEqualTo("wall e");
    }

    @Test
    void bundledCatalog_hasHundredsOfFilmsWithCompleteMetadataInTheGenreVocabulary() {
        List<Movie> films = BundledCatalog.load();
        assertThat(films).hasSizeGreaterThanOrEqualTo(300);
        assertThat(films).allSatisfy(m -> {
            assertThat(m.year()).isBetween(1890, 2030);
            assertThat(m.genres()).isNotEmpty().allMatch(Genres.ALL::contains);
            assertThat(m.directors()).isNotEmpty();
        });
        Set<String> keys = films.stream().map(m -> TitleFolding.fold(m.title()) + "|" + m.year()).collect(Collectors.toSet());
        assertThat(keys).hasSameSizeAs(films);
        assertThat(films).anyMatch(m -> m.title().equals("Amélie"));
    }

    @Test
    void bundledCatalog_givesEveryFilmItsOwnImdbId() {
        List<Movie> films = BundledCatalog.load();

        assertThat(films).allSatisfy(m -> assertThat(m.imdbId()).as(m.displayTitle()).matches("tt[0-9]{7,9}"));
        assertThat(films.stream().map(Movie::imdbId).distinct()).hasSameSizeAs(films);
        assertThat(films).filteredOn(m -> m.title().equals("Star Wars")).singleElement()
                .satisfies(m -> assertThat(m.imdbId()).isEqualTo("tt0076759"));
    }

    @Test
    void stars_acceptHalfStepsInTheFormsMembersType() {
        assertThat(Stars.parse("4.5").value()).isEqualTo(4.5);
        assertThat(Stars.parse("4,5").value()).isEqualTo(4.5);
        assertThat(Stars.parse("3½").value()).isEqualTo(3.5);
        assertThat(Stars.parse("★★★★½").value()).isEqualTo(4.5);
        assertThat(Stars.parse(" 0.5 ").value()).isEqualTo(0.5);
        assertThat(new Stars(4.5).display()).isEqualTo("★★★★½ (4.5)");
    }

    @Test
    void stars_refuseAnythingElse_carryingWhatWasGiven() {
        for (String bad : List.of("0", "5.5", "4.2", "-1", "NaN", "five", "", "1e400")) {
            assertThatThrownBy(() -> Stars.parse(bad))
                    .isInstanceOfSatisfying(Stars.InvalidRatingException.class, e -> assertThat(e.given()).isEqualTo(bad));
        }
    }

    @Test
    void movieLensTitles_readAsPeopleWriteThem() {
        assertThat(MovieLensTitle.parse("Matrix, The (1999)")).isEqualTo(new MovieLensTitle("The Matrix", 1999));
        assertThat(MovieLensTitle.parse("City of Lost Children, The (Cité des enfants perdus, La) (1995)"))
                .isEqualTo(new MovieLensTitle("The City of Lost Children (La Cité des enfants perdus)", 1995));
        assertThat(MovieLensTitle.parse("Haine, La (1995)")).isEqualTo(new MovieLensTitle("La Haine", 1995));
        assertThat(MovieLensTitle.parse("Avventura, L' (Adventure, The) (1960)").title()).isEqualTo("L'Avventura (The Adventure)");
        assertThat(MovieLensTitle.parse("Fast & Furious (Fast and the Furious 4, The) (2009)").title())
                .isEqualTo("Fast & Furious (The Fast and the Furious 4)");
        assertThat(MovieLensTitle.parse("Postman, The (Postino, Il) (1994)").title()).isEqualTo("The Postman (Il Postino)");
        assertThat(MovieLensTitle.parse("Seven (a.k.a. Se7en) (1995)").title()).isEqualTo("Seven (a.k.a. Se7en)");
        assertThat(MovieLensTitle.parse("Toy Story (1995)")).isEqualTo(new MovieLensTitle("Toy Story", 1995));
        assertThat(MovieLensTitle.parse("Babylon 5")).isEqualTo(new MovieLensTitle("Babylon 5", null));
        assertThat(MovieLensTitle.parse("Stranger Things (2016-)").year()).isEqualTo(2016);
    }

    @Test
    void movieLensTitles_giveTheOtherNamesOfTheFilm_akaDroppedAndArticleFirst() {
        assertThat(MovieLensTitle.parse("Seven (a.k.a. Se7en) (1995)").otherNames()).containsExactly("Seven", "Se7en");
        assertThat(MovieLensTitle.parse("Hate (Haine, La) (1995)").otherNames()).containsExactly("Hate", "La Haine");
        assertThat(MovieLensTitle.parse("Porco Rosso (Crimson Pig) (Kurenai no buta) (1992)").otherNames())
                .containsExactly("Porco Rosso", "Crimson Pig", "Kurenai no buta");
        assertThat(MovieLensTitle.parse("8 1/2 (8½) (1963)").otherNames()).containsExactly("8 1/2", "8½");
        assertThat(MovieLensTitle.parse("Star Wars: Episode IV - A New Hope (1977)").otherNames()).isEmpty();
        assertThat(MovieLensTitle.parse("Toy Story (1995)").otherNames()).isEmpty();
    }
}
