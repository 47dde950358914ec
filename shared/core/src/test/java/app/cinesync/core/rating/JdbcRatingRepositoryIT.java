package app.cinesync.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.TitleFolding;
import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.TasteVector;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.testing.TestDatabase;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcRatingRepositoryIT {
    private final Database db = TestDatabase.get();
    private final JdbcRatingRepository ratings = new JdbcRatingRepository(db);
    private final JdbcMovieRepository movies = new JdbcMovieRepository(db);

    @BeforeEach
    void reset() {
        TestDatabase.reset();
    }

    private Movie film(String title) {
        return movies.findByTitle(TitleFolding.fold(title), null).getFirst();
    }

    private long[] counters(long movieId) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT rating_count, rating_sum * 10 FROM movies WHERE movie_id = " + movieId)) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
    }

    @Test
    void rate_firstRating_createsTheTasteStateExactlyAsTheRuleSays() {
        Movie alien = film("Alien");
        SparseVector v = ItemVectorizer.vectorize(alien);
        RateOutcome out = ratings.rate(42, alien.id(), new Stars(5), Instant.parse("2026-01-01T00:00:00Z"), v, 1L);
        assertThat(out).isEqualTo(RateOutcome.applied(null, new Stars(5), 1, 1));
        float[] expected = TasteVector.empty();
        TasteVector.add(expected, v, 5);
        assertThat(ratings.embedding(42).orElseThrow().vector()).containsExactly(expected);
        assertThat(counters(alien.id())).containsExactly(1, 50);
    }

    @Test
    void othersRated_isWhetherAnyoneButTheMemberHasRated() {
        Movie alien = film("Alien");
        assertThat(ratings.othersRated(42)).isFalse();
        ratings.rate(42, alien.id(), new Stars(5), Instant.parse("2026-01-01T00:00:00Z"), ItemVectorizer.vectorize(alien), 1L);
        assertThat(ratings.othersRated(42)).as("only their own").isFalse();
        assertThat(ratings.othersRated(43)).isTrue();
        ratings.rate(43, alien.id(), new Stars(2), Instant.parse("2026-01-01T00:00:00Z"), ItemVectorizer.vectorize(alien), 2L);
        assertThat(ratings.othersRated(42)).isTrue();
    }

    @Test
    void rate_again_replacesTheRatingAndKeepsTheCountersRight() {
        Movie alien = film("Alien");
        SparseVector v = ItemVectorizer.vectorize(alien);
        ratings.rate(42, alien.id(), new Stars(2), Instant.parse("2026-01-01T00:00:00Z"), v, 1L);
        RateOutcome again = ratings.rate(42, alien.id(), new Stars(4.5), Instant.parse("2026-01-02T00:00:00Z"), v, 2L);
        assertThat(again.previous()).isEqualTo(new Stars(2));
        assertThat(again.ratingCount()).isEqualTo(1);
        assertThat(again.updateCount()).isEqualTo(2);
        assertThat(ratings.ratingsOf(42)).extracting(Rating::stars).containsExactly(new Stars(4.5));
        assertThat(counters(alien.id())).containsExactly(1, 45);
        assertThat(ratings.lastRatedAt(42)).contains(Instant.parse("2026-01-02T00:00:00Z"));
        float[] expected = TasteVector.empty();
        TasteVector.add(expected, v, 4.5);
        assertThat(ratings.embedding(42).orElseThrow().vector()).containsExactly(expected, within(1e-6f));
    }

    @Test
    void rate_sameInteractionTwice_appliesItOnce() {
        Movie alien = film("Alien");
        SparseVector v = ItemVectorizer.vectorize(alien);
        ratings.rate(42, alien.id(), new Stars(5), Instant.now(), v, 99L);
        RateOutcome replay = ratings.rate(42, alien.id(), new Stars(5), Instant.now(), v, 99L);
        assertThat(replay.duplicate()).isTrue();
        assertThat(ratings.embedding(42).orElseThrow().updateCount()).isEqualTo(1);
        assertThat(counters(alien.id())).containsExactly(1, 50);
    }

    @Test
    void rate_manyThreadsForOneMemberAtOnce_loseNoRatingAndNoUpdate() throws Exception {
        List<Movie> films = new JdbcMovieRepository(db).search("", 40);
        int perFilm = 3; // every film rated three times, from different threads
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<RateOutcome>> results = new ArrayList<>();
        long interaction = 1000;
        for (int round = 0; round < perFilm; round++) {
            for (Movie m : films) {
                long id = interaction++;
                double stars = 0.5 + round * 0.5; // other stars each round: the same stars again would change nothing
                results.add(pool.submit(() -> ratings.rate(7, m.id(), new Stars(stars), Instant.now(), ItemVectorizer.vectorize(m), id)));
            }
        }
        for (Future<RateOutcome> f : results) {
            assertThat(f.get().duplicate()).isFalse();
        }
        pool.shutdown();
        assertThat(ratings.embedding(7).orElseThrow().updateCount()).isEqualTo((long) films.size() * perFilm);
        assertThat(ratings.ratingsOf(7)).hasSize(films.size());
        long counted = db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT sum(rating_count) FROM movies")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(counted).isEqualTo(films.size());
    }
}
