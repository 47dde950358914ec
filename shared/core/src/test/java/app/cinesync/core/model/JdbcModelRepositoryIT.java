package app.cinesync.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcModelRepositoryIT {
    private final Database db = TestDatabase.get();
    private final JdbcModelRepository repo = new JdbcModelRepository(db);

    @BeforeEach
    void clean() {
        TestDatabase.reset();
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM model_versions");
            }
            return null;
        });
    }

    private static EaseModel small() {
        return EaseTrainer.train(PlantedClusters.ratings(3), new EaseConfig(10, 0.1, 2));
    }

    @Test
    void saveAndActivate_thenActive_loadsTheSameWeights() {
        EaseModel trained = small();

        EaseModel stored = repo.saveAndActivate(trained, 1.5);
        EaseModel loaded = repo.active().orElseThrow();

        assertThat(stored.version()).isPositive();
        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.weights()).containsExactly(trained.weights());
        assertThat(loaded.itemIds()).containsExactly(trained.itemIds());
        assertThat(loaded.config()).isEqualTo(trained.config());
    }

    @Test
    void saveAndActivate_whenSavedAgain_retiresThePreviousAndKeepsOneActive() {
        EaseModel first = repo.saveAndActivate(small(), 1);
        EaseModel second = repo.saveAndActivate(small(), 1);
        EaseModel third = repo.saveAndActivate(small(), 1);

        assertThat(repo.active().orElseThrow().version()).isEqualTo(third.version()).isGreaterThan(second.version());
        assertThat(repo.versionCount()).isEqualTo(2); // the active one and the one it replaced
        assertThat(first.version()).isLessThan(second.version());
    }

    @Test
    void active_whenNeverTrained_isEmpty() {
        assertThat(repo.active()).isEmpty();
    }

    @Test
    void allRatings_readsStoredRatingsForTraining() {
        long movie = db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT min(movie_id) FROM movies")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ratings (discord_user_id, movie_id, rating, rated_at) VALUES (?, ?, 4.5, to_timestamp(1000))")) {
                ps.setLong(1, 5);
                ps.setLong(2, movie);
                ps.executeUpdate();
            }
            return null;
        });

        List<Observation> all = repo.allRatings();

        assertThat(all).containsExactly(new Observation(5, movie, 4.5, 1000));
    }
}
