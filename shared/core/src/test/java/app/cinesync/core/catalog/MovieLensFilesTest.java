package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensFilesTest {
    @TempDir
    Path dir;

    @Test
    void movies_whenAllFilesGiven_joinsTitleYearGenresTagsLinksAndCredits() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"), """
                movieId,title,genres
                1,"Planted, The (1999)",Horror|Comedy
                2,No Year At All,(no genres listed)
                """);
        Path tags = Files.writeString(dir.resolve("tags.csv"), """
                userId,movieId,tag,timestamp
                5,1,Scary,10
                6,1,funny,11
                7,1,funny,12
                """);
        Path links = Files.writeString(dir.resolve("links.csv"), "movieId,imdbId,tmdbId\n1,0000042,77\n2,0000043,\n");
        Path credits = Files.writeString(dir.resolve("credits.csv"), "movieId,directors,cast\n1,Jane Doe,\"Ann, Jr.|Bo\"\n");

        Map<Long, Movie> out = MovieLensFiles.movies(new MovieLensFiles.Sources(movies, links, tags, credits, null), new ImportReport());

        Movie first = out.get(1L);
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.movielensId()).isEqualTo(1L);
        assertThat(first.title()).isEqualTo("The Planted");
        assertThat(first.year()).isEqualTo(1999);
        assertThat(first.genres()).containsExactly("Horror", "Comedy");
        assertThat(first.tags()).containsExactly("funny", "scary");
        assertThat(first.directors()).containsExactly("Jane Doe");
        assertThat(first.cast()).containsExactly("Ann, Jr.", "Bo");
        assertThat(first.imdbId()).isEqualTo("tt0000042");
        assertThat(first.tmdbId()).isEqualTo(77L);
        Movie second = out.get(2L);
        assertThat(second.year()).isNull();
        assertThat(second.genres()).isEmpty();
        assertThat(second.tmdbId()).isNull();
    }

    @Test
    void movies_whenImaxIsListedAmongTheGenres_leaveItOut_forItIsAProjectionFormat() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"), """
                movieId,title,genres
                1,Planted Orbit (2031),Action|IMAX|Sci-Fi
                2,Planted Dome (2032),imax
                """);

        Map<Long, Movie> out = MovieLensFiles.movies(new MovieLensFiles.Sources(movies, null, null, null, null), new ImportReport());

        assertThat(out.get(1L).genres()).containsExactly("Action", "Sci-Fi");
        assertThat(out.get(2L).genres()).isEmpty();
    }

    @Test
    void movies_readsQuotedCommasDoubledQuotesAndLineBreaks() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"),
                "movieId,title,genres\n1,\"Crouching Tiger, Hidden Dragon (2000)\",Action\n2,\"Say \"\"Hi\"\" (2001)\",Comedy\n");

        Map<Long, Movie> out = MovieLensFiles.movies(new MovieLensFiles.Sources(movies, null, null, null, null), new ImportReport());

        assertThat(out.get(1L).title()).isEqualTo("Crouching Tiger, Hidden Dragon");
        assertThat(out.get(2L).title()).isEqualTo("Say \"Hi\"");
    }

    @Test
    void ratings_readsEveryValidRowAndRejectsTheOthersWithTheirRow() throws Exception {
        Path file = Files.writeString(dir.resolve("r.csv"),
                "userId,movieId,rating,timestamp\n1,10,4.5,100\n2,11,0.5,99\n3,12,4.2,98\nx,13,4,97\n4,14\n");
        List<MovieLensFiles.Rating> rows = new ArrayList<>();
        ImportReport report = new ImportReport();

        MovieLensFiles.ratings(file, report, rows::add);

        assertThat(rows).containsExactly(new MovieLensFiles.Rating(1, 10, 4.5, 100), new MovieLensFiles.Rating(2, 11, 0.5, 99));
        assertThat(report.loaded()).containsEntry("r.csv", 2);
        assertThat(report.rejected()).extracting(ImportReport.Rejection::line).containsExactly(4, 5, 6);
        assertThat(report.rejected().get(0).reason()).contains("half steps");
        assertThat(report.rejected().get(1).reason()).startsWith("not a number");
        assertThat(report.rejected().get(2).reason()).isEqualTo("too few columns");
    }

    @Test
    void credits_countAsLoadedOnlyForTheFilmsOfTheMoviesFile_andTheOthersAreRejectedWithTheReason() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"), "movieId,title,genres\n1,Planted (1999),Drama\n");
        Path credits = Files.writeString(dir.resolve("credits.csv"), "movieId,directors,cast\n1,Jane Doe,\n77,Someone Else,\n");
        ImportReport report = new ImportReport();

        MovieLensFiles.movies(new MovieLensFiles.Sources(movies, null, null, credits, null), report);

        assertThat(report.loaded()).containsEntry("credits.csv", 1);
        assertThat(report.summary(5)).contains("credits.csv line 3: movieId 77 is not in movies.csv");
    }

    @Test
    void credits_thatAreNoCreditsFile_areRefusedWhole_sayingWhatTheHeaderMustBe() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"), "movieId,title,genres\n1,Planted (1999),Drama\n");

        assertThatThrownBy(() -> MovieLensFiles.movies(new MovieLensFiles.Sources(movies, null, null, movies, null), new ImportReport()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("movies.csv is not a credits file: its header must be movieId,directors,cast");
    }
}
