package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.JdbcCatalogReader;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migrations that mend catalogs stored by earlier versions, played over such a catalog as a deploy would. */
class CatalogMigrationsIT {
    @Test
    void migration8_takesImaxOutOfTheGenres_rebuildsThoseFilmsVectors_andDropsTheProfilesListingIt() {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo("7")) {
            Database db = scratch.db();
            JdbcMovieRepository movies = new JdbcMovieRepository(db);
            long imax = movies.upsert(film("Planted Orbit", 2031, "tt9900001", "Sci-Fi", "IMAX"));
            long plain = movies.upsert(film("Planted Meadow", 2031, "tt9900002", "Drama"));
            update(db, """
                    INSERT INTO user_preferences (discord_user_id, favorite_genres) VALUES
                      (1, '[{"name": "IMAX", "score": 1.0, "count": 6, "meanRating": 5.0}, {"name": "Sci-Fi", "score": 0.5, "count": 6, "meanRating": 5.0}]'),
                      (2, '[{"name": "Drama", "score": 1.0, "count": 3, "meanRating": 4.0}]')""");

            scratch.migrate();

            assertThat(movies.findById(imax).orElseThrow().genres()).containsExactly("Sci-Fi");
            assertThat(movies.findById(plain).orElseThrow().genres()).containsExactly("Drama");
            assertThat(longs(db, "SELECT discord_user_id FROM user_preferences")).containsExactly(2L);
            assertThat(longs(db, "SELECT movie_id FROM item_vectors WHERE feature_version <> " + ItemVectorizer.FEATURE_VERSION))
                    .containsExactly(imax);
            CatalogSnapshot snapshot = new JdbcCatalogReader(db, Clock.systemUTC()).load();
            assertThat(snapshot.vector(snapshot.indexOf(imax)).toDense())
                    .containsExactly(ItemVectorizer.vectorize(film("Planted Orbit", 2031, "tt9900001", "Sci-Fi")).toDense());
        }
    }

    private static Movie film(String title, int year, String imdbId, String... genres) {
        return new Movie(0, title, year, List.of(genres), List.of("Ann Director"), List.of(), List.of(), imdbId, null, null);
    }

    private static void update(Database db, String sql) {
        db.inTransaction(c -> c.createStatement().executeUpdate(sql));
    }

    private static List<Long> longs(Database db, String sql) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
