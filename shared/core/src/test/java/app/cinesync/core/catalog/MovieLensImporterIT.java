package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.embedding.ItemVectorizer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensImporterIT {
    private final Database db = TestDatabase.get();

    @Test
    void import_loadsGoodRows_rejectsBadOnesWithTheirReason_andMergesWithTheBundledCatalog(@TempDir Path dir) throws IOException {
        TestDatabase.reset();
        Path movies = Files.writeString(dir.resolve("movies.csv"), """
                movieId,title,genres
                900001,Imported Probe One (1999),Drama|Thriller
                900002,"Imported Probe, Two (2004)",(no genres listed)
                notanumber,Broken (2000),Drama
                900003,Alien (1979),Horror|Sci-Fi
                900004,Spirited Away (Sen to Chihiro no kamikakushi) (2001),Adventure|Animation|Fantasy
                900005,"Matrix, The (1999)",Action|Sci-Fi|Thriller
                """);
        Path links = Files.writeString(dir.resolve("links.csv"), "movieId,imdbId,tmdbId\n900001,9911161,278\n900003,0078748,348\n");
        Path tags = Files.writeString(dir.resolve("tags.csv"), "userId,movieId,tag,timestamp\n1,900001,Twist,1\n2,900001,twist,1\n3,900001,slow,1\n");
        Path credits = Files.writeString(dir.resolve("credits.csv"),
                "movieId,directors,cast\n900001,Ann Director,Bo Actor|Cy Actor\n900003,Someone Else,Another Cast\n");
        Path ratings = Files.writeString(dir.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                1,900001,4.5,964982703
                2,900001,3.0,964982703
                3,900001,7,964982703
                4,999999,4.0,964982703
                5,900003,5.0,964982703
                """);
        ImportReport report = MovieLensImporter.importFiles(db, new MovieLensFiles.Sources(movies, links, tags, credits, ratings));

        assertThat(report.loaded()).containsEntry("movies.csv", 5).containsEntry("ratings.csv", 3).containsEntry("tags.csv", 3);
        assertThat(report.rejected()).extracting(ImportReport.Rejection::file, ImportReport.Rejection::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("movies.csv", 4),
                        org.assertj.core.groups.Tuple.tuple("ratings.csv", 4), org.assertj.core.groups.Tuple.tuple("ratings.csv", 5));
        assertThat(report.summary(10)).contains("ratings.csv line 4: rating 7 is not 0.5 to 5 in half steps")
                .contains("ratings.csv line 5: movieId 999999 is not in the catalog");

        JdbcMovieRepository repo = new JdbcMovieRepository(db);
        Movie one = repo.findByTitle("imported probe one", 1999).getFirst();
        assertThat(one.directors()).containsExactly("Ann Director");
        assertThat(one.cast()).containsExactly("Bo Actor", "Cy Actor");
        assertThat(one.tags()).containsExactly("twist", "slow");
        assertThat(one.imdbId()).isEqualTo("tt9911161");
        assertThat(repo.findByTitle("imported probe two", 2004).getFirst().genres()).isEmpty();
        Movie alien = repo.findByTitle("alien", 1979).getFirst();
        assertThat(alien.movielensId()).as("merged into the bundled film").isEqualTo(900003L);
        assertThat(alien.directors()).as("the bundled credits are kept").containsExactly("Ridley Scott");
        assertThat(alien.cast()).doesNotContain("Another Cast");
        assertThat(repo.findByTitle("spirited away", 2001)).singleElement()
                .satisfies(m -> assertThat(m.movielensId()).as("merged despite the alternate title").isEqualTo(900004L));
        assertThat(repo.findByTitle("the matrix", 1999)).singleElement()
                .satisfies(m -> assertThat(m.movielensId()).as("\"Matrix, The\" is The Matrix").isEqualTo(900005L));
        long[] counters = db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT rating_count, rating_sum * 10 FROM movies WHERE movie_id = " + one.id())) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
        assertThat(counters).containsExactly(2, 75);
        TestDatabase.reset();
    }

    @Test
    void importedUsers_areNoDiscordMember_evenOneWithTheSameNumber(@TempDir Path dir) throws IOException {
        TestDatabase.reset();
        Path movies = Files.writeString(dir.resolve("movies.csv"), "movieId,title,genres\n900001,Imported Probe One (1999),Drama\n");
        Path ratings = Files.writeString(dir.resolve("ratings.csv"), """
                userId,movieId,rating,timestamp
                1,900001,2.0,964982703
                0,900001,4.0,964982703
                """);
        ImportReport report = MovieLensImporter.importFiles(db, new MovieLensFiles.Sources(movies, null, null, null, ratings));
        assertThat(report.summary(10)).contains("ratings.csv line 3: userId 0 is not a positive id");
        JdbcRatingRepository members = new JdbcRatingRepository(db);
        Movie one = new JdbcMovieRepository(db).findByTitle("imported probe one", 1999).getFirst();

        assertThat(members.ratingsOf(1)).as("Discord member 1 has rated nothing").isEmpty();
        RateOutcome outcome = members.rate(1, one.id(), new Stars(5), Instant.parse("2026-12-01T20:00:00Z"), ItemVectorizer.vectorize(one), null);

        assertThat(outcome.previous()).as("not MovieLens user 1's 2 stars").isNull();
        assertThat(outcome.ratingCount()).isEqualTo(1);
        assertThat(members.ratingsOf(1)).singleElement().satisfies(r -> assertThat(r.stars()).isEqualTo(new Stars(5)));
        assertThat(members.ratingsOf(JdbcRatingRepository.Import.memberOf(1))).singleElement()
                .satisfies(r -> assertThat(r.stars()).as("the community's rating stays").isEqualTo(new Stars(2)));
        TestDatabase.reset();
    }
}
