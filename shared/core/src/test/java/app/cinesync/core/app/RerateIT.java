package app.cinesync.core.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.Route;
import app.cinesync.core.db.Database;
import app.cinesync.core.testing.Members;
import app.cinesync.core.testing.Screen;
import app.cinesync.core.testing.TestDatabase;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rating a film again, through the command runner, on real PostgreSQL: what the member reads and what the tables hold. */
class RerateIT {
    private static final Database DB = TestDatabase.get();
    private static final long MEMBER = 1300000000000000001L;

    /** The moment of the next rating: an hour later each time. */
    private Instant now = Instant.parse("2026-06-01T12:00:00Z");

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
    }

    private String rate(String film, String stars) {
        now = now.plusSeconds(3600);
        CommandRunner runner = CommandRunner.of(new CineSync(DB, Clock.fixed(now, ZoneOffset.UTC)), userId -> { }, (applicationId, token, message) -> { });
        return Screen.text(runner.run(Route.RATE, Members.command(MEMBER, "rate", Map.of("movie", film, "rating", stars))));
    }

    /** The member's rating of Heat and when it was given, Heat's counters and the member's taste state and its updates, as stored. */
    private List<Object> stored() {
        return DB.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT r.rating, m.rating_count, m.rating_sum, e.embedding, r.rated_at, e.update_count
                    FROM ratings r JOIN movies m USING (movie_id) JOIN user_embeddings e USING (discord_user_id)
                    WHERE r.discord_user_id = %d AND m.title = 'Heat'""".formatted(MEMBER))) {
                assertThat(rs.next()).as("Heat is rated").isTrue();
                return List.of(rs.getBigDecimal(1).stripTrailingZeros().toPlainString(), rs.getInt(2),
                        rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), Arrays.toString(rs.getBytes(4)), rs.getTimestamp(5).toInstant(),
                        rs.getLong(6));
            }
        });
    }

    @Test
    void rate_aFilmAgainWithTheSameStars_saysItIsUnchanged_andWritesNothing() {
        rate("Heat (1995)", "4");
        List<Object> once = stored();

        // when it was rated stays too: a re-rate in place would count an old film as watched lately
        assertThat(rate("Heat (1995)", "4")).contains("Unchanged: you had already rated it ★★★★ (4).").doesNotContain("Updated from");
        assertThat(stored()).isEqualTo(once);
        assertThat(once.subList(0, 3)).containsExactly("4", 1, "4");
    }

    @Test
    void rate_aFilmAgainWithOtherStars_saysWhatItReplaced_andMovesTheSumNotTheCount() {
        rate("Heat (1995)", "4");

        assertThat(rate("Heat (1995)", "2.5")).contains("Updated from ★★★★ (4).");
        assertThat(stored().subList(0, 3)).containsExactly("2.5", 1, "2.5");
    }
}
