package app.cinesync.functions.rate;

import static app.cinesync.aws.HandlerHarness.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.core.db.ConnectionSource;
import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RateFunction with the fixtures the router forwards ({@code events/interaction_*.json}, raw
 * bytes as Lambda hands them to a stream handler), real PostgreSQL and a local Discord stub
 * ({@link HandlerHarness}).
 */
class RateHandlerIT {
    private static final long MEMBER = Long.parseUnsignedLong("1300000000000000001");
    private static final String APP = "1100000000000000001";

    private final List<Long> queued = new CopyOnWriteArrayList<>();
    private HandlerHarness harness;
    private RateHandler handler;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        harness = new HandlerHarness(TestDatabase.get());
        handler = new RateHandler(harness.function(queued::add));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private static List<String> ratings() {
        return TestDatabase.get().read(c -> {
            List<String> rows = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT m.title, r.rating FROM ratings r JOIN movies m USING (movie_id) WHERE r.discord_user_id = " + MEMBER)) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
                }
            }
            return rows;
        });
    }

    @Test
    void rateCommand_storesTheRating_queuesTheProfile_andEditsTheDeferredReply() {
        invoke(handler, "rate_command");

        assertThat(ratings()).containsExactly("Amélie=4.5");
        assertThat(queued).containsExactly(MEMBER);
        assertThat(harness.discord.edits).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo("PATCH");
            assertThat(e.path()).isEqualTo("/api/v10/webhooks/" + APP + "/TEST-ONLY-interaction-token-02/messages/@original");
            assertThat(e.text()).contains("★★★★½ (4.5)", "Amélie (2001)", "1 film rated");
        });
    }

    @Test
    void rateCommand_deliveredTwice_isAppliedOnce() {
        invoke(handler, "rate_command");
        invoke(handler, "rate_command"); // Lambda retries asynchronous invocations

        assertThat(ratings()).containsExactly("Amélie=4.5");
        assertThat(harness.discord.edits.get(1).text()).contains("already been used", "stands at ★★★★½ (4.5)");
    }

    @Test
    void modalSubmit_storesTheRatingFromTheForm() {
        invoke(handler, "modal_submit");

        assertThat(ratings()).containsExactly("The Matrix=5");
        assertThat(harness.discord.edits.getFirst().text()).contains("The Matrix (1999)");
    }

    @Test
    void rate_whenRatingOutOfRange_repliesWithTheProblemAndStoresNothing() {
        invoke(handler, "rate_out_of_range");

        assertThat(ratings()).isEmpty();
        assertThat(queued).isEmpty();
        assertThat(harness.discord.edits.getFirst().text()).contains("Not quite", "0.5 to 5 stars", "Nothing was saved");
    }

    @Test
    void modalSubmit_whenRatingIsNotANumber_repliesWithTheProblemAndStoresNothing() {
        invoke(handler, "modal_submit_bad_rating");

        assertThat(ratings()).isEmpty();
        assertThat(harness.discord.edits.getFirst().text()).contains("**ten** isn't one");
    }

    @Test
    void rate_whenFilmIsUnknown_repliesWithTheProblemAndStoresNothing() {
        invoke(handler, "rate_unknown_film");

        assertThat(ratings()).isEmpty();
        assertThat(harness.discord.edits.getFirst().text()).contains("Not quite", "A Film Nobody Made");
    }

    @Test
    void rate_whenProfileQueueIsDown_stillSavesAndConfirms() {
        RateHandler queueDown = new RateHandler(harness.function(userId -> {
            throw new IllegalStateException("SQS unreachable");
        }));

        invoke(queueDown, "rate_command");

        assertThat(ratings()).containsExactly("Amélie=4.5");
        assertThat(harness.discord.edits.getFirst().text()).contains("Amélie (2001)").doesNotContain("went wrong");
    }

    @Test
    void rate_whenDatabaseIsDown_tellsTheMemberTheRatingWasNotSaved() {
        Database down = new Database(new ConnectionSource() {
            @Override
            public java.sql.Connection borrow() throws SQLException {
                throw new SQLException("connection refused", "08001");
            }

            @Override
            public void close() {
            }
        });
        try (HandlerHarness dbDownHarness = new HandlerHarness(down)) {
            RateHandler dbDown = new RateHandler(dbDownHarness.function(queued::add));

            invoke(dbDown, "rate_command");

            assertThat(dbDownHarness.discord.edits).singleElement().satisfies(e ->
                    assertThat(e.text()).contains("Something went wrong", "Your rating was not saved").doesNotContain("SQLException", "08001"));
        }
    }

    @Test
    void autocomplete_answersWithMatchingTitles_andEditsNothing() {
        JsonNode answer = invoke(handler, "autocomplete");

        assertThat(answer.path("type").asInt()).isEqualTo(8);
        JsonNode first = answer.path("data").path("choices").get(0);
        assertThat(first.path("name").asText()).isEqualTo("Amélie (2001)");
        assertThat(first.path("value").asText()).startsWith("m:");
        assertThat(harness.discord.edits).isEmpty();
    }

    @Test
    void notAnInteraction_isRefusedWithoutEditingOrStoring() {
        JsonNode answer = invoke(handler, "not_an_interaction");

        assertThat(answer.path("error").asText()).isNotBlank();
        assertThat(harness.discord.edits).isEmpty();
        assertThat(ratings()).isEmpty();
    }
}
