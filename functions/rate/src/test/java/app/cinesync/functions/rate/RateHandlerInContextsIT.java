package app.cinesync.functions.rate;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ratings from wherever a member uses CineSync: in the bot's DM the interaction carries
 * {@code user} and no guild, and the rating is the member's all the same; a rating form
 * submitted in the older action-row shape is read like the current one.
 */
class RateHandlerInContextsIT {
    private static final long MEMBER = Long.parseUnsignedLong("1300000000000000001");
    private final HandlerHarness harness = new HandlerHarness(TestDatabase.get());
    private final DiscordStub discord = harness.discord;
    private final List<Long> queued = new ArrayList<>();
    private RateHandler handler;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
        handler = new RateHandler(harness.function(queued::add));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private static List<String> ratingsOfMember() {
        return TestDatabase.get().read(c -> {
            List<String> rows = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT m.title, r.rating FROM ratings r JOIN movies m USING (movie_id) "
                    + "WHERE r.discord_user_id = " + MEMBER + " ORDER BY m.title")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
                }
            }
            return rows;
        });
    }

    @Test
    void rate_inTheBotsDm_storesTheRatingForTheMember_andEditsThatReply() {
        HandlerHarness.invoke(handler, "dm_rate_command");

        assertThat(ratingsOfMember()).containsExactly("Heat=4");
        assertThat(queued).containsExactly(MEMBER);
        assertThat(discord.edits).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/api/v10/webhooks/1100000000000000001/TEST-ONLY-interaction-token-16/messages/@original");
            assertThat(e.text()).contains("Heat (1995)", "1 film rated");
        });
    }

    @Test
    void ratingsFromAServerAndFromADm_areOneMembersRatings() {
        HandlerHarness.invoke(handler, "rate_command");
        HandlerHarness.invoke(handler, "dm_rate_command");

        assertThat(ratingsOfMember()).containsExactly("Amélie=4.5", "Heat=4");
        assertThat(discord.edits.get(1).text()).contains("2 films rated");
    }

    @Test
    void ratingForm_inTheOlderActionRowShape_storesTheTypedStars() {
        HandlerHarness.invoke(handler, "modal_submit_action_rows");

        assertThat(ratingsOfMember()).containsExactly("Alien=3.5");
    }
}
