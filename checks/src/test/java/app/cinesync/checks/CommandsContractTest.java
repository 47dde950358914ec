package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.cli.RegisterCommandsCommand;
import app.cinesync.core.testing.DiscordStub;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code register-commands}, run against a local stand-in for Discord's API: the bodies it
 * really PUTs, globally and for a guild, are what Discord's description accepts (strictly), and
 * the guild body leaves out what Discord takes on global commands only.
 */
class CommandsContractTest {
    private final DiscordSpec spec = DiscordSpec.strict();

    private static JsonNode registered(String guild) throws Exception {
        try (DiscordStub discord = new DiscordStub()) {
            assertThat(RegisterCommandsCommand.register(discord.baseUrl(), "1100000000000000001", guild, "TEST-ONLY-token")).isZero();
            assertThat(discord.edits).hasSize(1);
            assertThat(discord.edits.getFirst().method()).isEqualTo("PUT");
            return discord.edits.getFirst().body();
        }
    }

    @Test
    void globalRegistration_isABodyDiscordAccepts_forGuildAndUserInstalls() throws Exception {
        JsonNode commands = registered(null);

        assertThat(spec.errors(DiscordSpec.GLOBAL_COMMANDS, commands)).isEmpty();
        assertThat(commands).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("integration_types").toString()).isEqualTo("[0,1]");
            assertThat(c.path("contexts").toString()).isEqualTo("[0,1,2]");
        });
    }

    @Test
    void guildRegistration_isABodyDiscordAccepts_withoutTheGlobalOnlyFields() throws Exception {
        JsonNode commands = registered("1200000000000000001");

        assertThat(spec.errors(DiscordSpec.GUILD_COMMANDS, commands)).isEmpty();
        assertThat(commands).isNotEmpty().allSatisfy(c ->
                assertThat(c.has("integration_types") || c.has("contexts") || c.has("dm_permission")).isFalse());
    }
}
