package app.cinesync.functions.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import app.cinesync.discord.InteractionParser;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /my_stats in a group DM, through the member's own (user) install: no guild, the profile is still theirs. */
class StatsHandlerInContextsIT {
    private final HandlerHarness harness = new HandlerHarness(TestDatabase.get());
    private final DiscordStub discord = harness.discord;

    @BeforeEach
    void setUp() {
        TestDatabase.reset();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void myStats_inAGroupDm_showsTheProfileOfTheRatingsMadeInAServer() throws IOException {
        byte[] ratedInAServer = Files.readAllBytes(TestKeys.eventsDir().resolve("interaction_rate_command.json"));
        harness.app.rateCommand(userId -> { }).handle(InteractionParser.parseMember(ratedInAServer));

        HandlerHarness.invoke(new StatsHandler(harness.function(userId -> { })), "group_dm_my_stats");

        assertThat(discord.edits).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("/api/v10/webhooks/1100000000000000001/TEST-ONLY-interaction-token-17/messages/@original");
            assertThat(e.text()).contains("Cinephile's taste profile", "From 1 rating");
        });
    }
}
