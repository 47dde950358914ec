package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.CommandType;
import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.RequestSigner;
import app.cinesync.discord.Responses;
import app.cinesync.discord.SignatureVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CineSync has slash commands only: an Apps-menu command (on a user or a message) gets a clear answer. */
class AppsMenuCommandTest {
    private static final long NOW = 1_780_000_000L;

    private final RequestSigner signer = RequestSigner.random();
    private final List<Route> dispatched = new ArrayList<>();
    private final InteractionEndpoint router = new InteractionEndpoint(
            new SignatureVerifier(signer.publicKeyHex(), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)),
            new InteractionRouter((route, body) -> dispatched.add(route), (member, command, option, text) -> List.of()));

    private JsonNode send(int commandType, String name) throws Exception {
        byte[] body = ("{\"type\":2,\"id\":\"1400000000000000031\",\"application_id\":\"2\",\"token\":\"t\",\"user\":{\"id\":\"3\"},"
                + "\"data\":{\"id\":\"4\",\"type\":" + commandType + ",\"name\":\"" + name + "\",\"target_id\":\"5\"}}").getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);
        return new ObjectMapper().readTree(router.handle(signer.sign(ts, body), ts, body).body());
    }

    @Test
    void userOrMessageCommand_isAnsweredPrivatelyAsNotCineSyncs_andNothingRuns() throws Exception {
        for (int type : new int[] {CommandType.USER.code(), CommandType.MESSAGE.code()}) {
            JsonNode r = send(type, "Show taste profile");

            assertThat(r.path("type").asInt()).isEqualTo(4);
            assertThat(r.path("data").path("flags").asInt()).isEqualTo(Responses.EPHEMERAL);
            assertThat(r.path("data").path("content").asText())
                    .contains("“Show taste profile” is not a CineSync command", "slash commands", "`/rate`")
                    .doesNotContain("no command `/");
        }
        assertThat(dispatched).isEmpty();
    }

    @Test
    void appsMenuCommand_namedLikeASlashCommand_isNotMistakenForIt() throws Exception {
        JsonNode r = send(CommandType.MESSAGE.code(), "rate");

        assertThat(r.path("type").asInt()).as("not the rating form").isEqualTo(4);
        assertThat(dispatched).isEmpty();
    }

    @Test
    void slashCommand_withItsTypeGiven_stillRuns() throws Exception {
        assertThat(send(CommandType.CHAT_INPUT.code(), "my_stats").path("type").asInt()).isEqualTo(5);
        assertThat(dispatched).containsExactly(Route.STATS);
    }
}
