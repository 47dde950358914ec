package app.cinesync.functions.profile;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.CommandFunction;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.db.ConnectionSource;
import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.InteractionContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ProfileFunction with the SQS fixtures, deserialized as Lambda does, over real PostgreSQL. */
class ProfileHandlerIT {
    static final long MEMBER = Long.parseUnsignedLong("1300000000000000001");

    private CineSync app;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        app = new CineSync(TestDatabase.get(), Clock.systemUTC());
    }

    static ProfileHandler handler(CineSync app) {
        return new ProfileHandler(new CommandFunction(app, CommandRunner.of(app, userId -> { }, (a, t, m) -> { })));
    }

    static SQSEvent load(String fixture) {
        return EventLoader.loadSQSEvent(TestKeys.eventsDir().resolve("sqs_" + fixture + ".json").toString());
    }

    static void rate(CineSync app, String title, String stars) {
        app.rateCommand(userId -> { }).handle(CommandInteraction.slash(InteractionContext.of(MEMBER).withMemberName("Cinephile"),
                "rate", Map.of("movie", title, "rating", stars)));
    }

    /** The stored profile of the member, or "none". */
    static String storedProfile() {
        return TestDatabase.get().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT ratings_analyzed, favorite_genres::text, last_rating_at"
                    + " FROM user_preferences WHERE discord_user_id = " + MEMBER)) {
                return rs.next() ? rs.getInt(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toInstant() : "none";
            }
        });
    }

    @Test
    void batchWithPoison_refreshesTheMember_andReportsOnlyThePoisonMessage() {
        rate(app, "Amélie (2001)", "5");
        rate(app, "The Matrix", "4");

        SQSBatchResponse response = handler(app).handleRequest(load("profile_batch_with_poison"), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("0d0a5b4e-7a1f-4c1e-9a7e-000000000002");
        assertThat(storedProfile()).startsWith("2 ").contains("Romance");
    }

    @Test
    void duplicateDelivery_isHarmless_andStoresTheSameProfile() {
        rate(app, "Amélie (2001)", "5");
        ProfileHandler handler = handler(app);
        handler.handleRequest(load("profile_single"), null);
        String first = storedProfile();

        SQSBatchResponse again = handler.handleRequest(load("profile_single"), null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(storedProfile()).isEqualTo(first).isNotEqualTo("none");
    }

    @Test
    void databaseDown_reportsEveryMessageOfTheMember_soSqsRedeliversThem() {
        CineSync down = new CineSync(new Database(new ConnectionSource() {
            @Override
            public java.sql.Connection borrow() throws SQLException {
                throw new SQLException("connection refused", "08001");
            }

            @Override
            public void close() {
            }
        }), Clock.systemUTC());

        SQSBatchResponse response = handler(down).handleRequest(load("profile_batch_with_poison"), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder("0d0a5b4e-7a1f-4c1e-9a7e-000000000001", "0d0a5b4e-7a1f-4c1e-9a7e-000000000002",
                        "0d0a5b4e-7a1f-4c1e-9a7e-000000000003", "0d0a5b4e-7a1f-4c1e-9a7e-000000000004");
    }
}
