package app.cinesync.functions.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.model.JdbcModelRepository;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainHandlerIT {
    private final Database db = TestDatabase.get();

    private static ScheduledEvent fixture(String name) {
        return EventLoader.loadScheduledEvent(TestKeys.eventsDir().resolve("eventbridge_" + name + ".json").toString());
    }

    @Test
    void schedule_withNoRatings_trainsNothing_andWithRatings_activatesANewVersion() {
        TestDatabase.reset();
        ScheduledEvent event = fixture("train_schedule");
        TrainHandler handler = new TrainHandler(db);
        db.inTransaction(c -> c.createStatement().executeUpdate(
                "INSERT INTO applied_interactions (interaction_id, discord_user_id, applied_at) VALUES (1, 1, now() - interval '2 days'), (2, 1, now())"));
        assertThat(handler.handleRequest(event, null)).isEqualTo("no ratings yet");
        List<Long> kept = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT array_agg(interaction_id) FROM applied_interactions")) {
                rs.next();
                return java.util.Arrays.asList((Long[]) rs.getArray(1).getArray());
            }
        });
        assertThat(kept).as("only the day-old id is forgotten").containsExactly(2L);

        List<Movie> films = new JdbcMovieRepository(db).search("", 20);
        JdbcRatingRepository ratings = new JdbcRatingRepository(db);
        for (long member = 1; member <= 10; member++) {
            for (Movie m : films.subList(0, 8)) {
                ratings.rate(member, m.id(), new Stars(4), Instant.now(), ItemVectorizer.vectorize(m), null);
            }
        }
        assertThat(handler.handleRequest(event, null)).matches("model v\\d+: 8 films from 80 ratings in [0-9.]+ s");
        assertThat(new JdbcModelRepository(db).active()).hasValueSatisfying(m -> assertThat(m.size()).isEqualTo(8));
        TestDatabase.reset();
    }
}
