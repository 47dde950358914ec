package app.cinesync.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.Movie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensReaderTest {
    @TempDir
    Path dir;

    @Test
    void movies_whenAllFilesGiven_joinsYearGenresTagsLinksAndDirectors() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"), """
                movieId,title,genres
                1,"Planted, The (1999)",Horror|Comedy
                2,No Year At All,(no genres listed)
                """);
        Path tags = Files.writeString(dir.resolve("tags.csv"), """
                userId,movieId,tag,timestamp
                5,1,scary,10
                6,1,funny,11
                7,1,funny,12
                """);
        Path links = Files.writeString(dir.resolve("links.csv"), "movieId,imdbId,tmdbId\n1,0000042,77\n2,0000043,\n");
        Path directors = Files.writeString(dir.resolve("movie_directors.dat"), "movieID directorID\tdirectorName\n1\tjane_d\tJane Doe\n");

        List<Movie> out = MovieLensReader.movies(movies, tags, links, directors, null);

        Movie first = out.getFirst();
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.title()).isEqualTo("Planted, The");
        assertThat(first.year()).isEqualTo(1999);
        assertThat(first.genres()).containsExactly("Horror", "Comedy");
        assertThat(first.tags()).containsExactly("funny", "scary");
        assertThat(first.directors()).containsExactly("Jane Doe");
        assertThat(first.imdbId()).isEqualTo("tt0000042");
        assertThat(first.tmdbId()).isEqualTo(77L);
        assertThat(out.get(1).year()).isNull();
        assertThat(out.get(1).genres()).isEmpty();
        assertThat(out.get(1).tmdbId()).isNull();
    }

    @Test
    void ratings_readsEveryRowAfterTheHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("r.csv"), "userId,movieId,rating,timestamp\n1,10,4.5,100\n2,11,0.5,99\n");

        assertThat(MovieLensReader.ratings(file)).containsExactly(
                new Interaction(1, 10, 4.5, 100), new Interaction(2, 11, 0.5, 99));
    }
}
