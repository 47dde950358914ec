package app.cinesync.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.TitleFolding;
import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog as the recommender reads it from PostgreSQL, with what the community rated lately. */
class JdbcCatalogReaderIT {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final Database db = TestDatabase.get();
    private final JdbcRatingRepository ratings = new JdbcRatingRepository(db);
    private final JdbcMovieRepository movies = new JdbcMovieRepository(db);
    private final JdbcCatalogReader reader = new JdbcCatalogReader(db, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void reset() {
        TestDatabase.reset();
    }

    private Movie film(String title) {
        return movies.findByTitle(TitleFolding.fold(title), null).getFirst();
    }

    private void rate(long member, Movie m, Instant at) {
        ratings.rate(member, m.id(), new Stars(4), at, ItemVectorizer.vectorize(m), null);
    }

    @Test
    void load_countsOnlyTheRatingsOfTheLastYear_besideEveryRatingOfAllTime() {
        Movie alien = film("Alien");
        Movie heat = film("Heat");
        rate(1, alien, NOW.minus(Duration.ofDays(400)));
        rate(2, alien, NOW.minus(Duration.ofDays(500)));
        rate(3, alien, NOW.minus(Duration.ofDays(10)));
        rate(1, heat, NOW.minus(Duration.ofDays(1)));
        rate(2, heat, NOW.minus(Duration.ofDays(364)));

        CatalogSnapshot s = reader.load();
        int[] recent = s.recentRatings().at(NOW, s.size());

        assertThat(s.ratingCount(s.indexOf(alien.id()))).isEqualTo(3);
        assertThat(recent[s.indexOf(alien.id())]).isEqualTo(1);
        assertThat(recent[s.indexOf(heat.id())]).isEqualTo(2);
        assertThat(recent[s.indexOf(film("Titanic").id())]).isZero();
    }
}
