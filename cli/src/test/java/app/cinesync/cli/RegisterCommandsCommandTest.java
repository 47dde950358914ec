package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.testing.DiscordStub;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code register-commands} puts to Discord, against a local stand-in for Discord's API. */
class RegisterCommandsCommandTest {
    @Test
    void commandDefinitions_areValidAndWithinDiscordsRules() throws Exception {
        JsonNode commands = new ObjectMapper().readTree(RegisterCommandsCommand.commands());
        List<String> names = new ArrayList<>();
        commands.forEach(c -> {
            names.add(c.path("name").asText());
            assertThat(c.path("description").asText()).hasSizeBetween(1, 100);
            assertThat(c.path("options").size()).isLessThanOrEqualTo(25);
            c.path("options").forEach(o -> assertThat(o.path("choices").size()).isLessThanOrEqualTo(25));
        });
        assertThat(names).containsExactly("rate", "my_recommendations", "my_stats");
        assertThat(commands.get(0).path("options").get(0).path("autocomplete").asBoolean()).isTrue();
    }

    @Test
    void registerGlobally_offersEveryCommandToGuildAndUserInstalls_inServersDmsAndGroupDms() throws Exception {
        try (DiscordStub discord = new DiscordStub()) {
            assertThat(RegisterCommandsCommand.register(discord.baseUrl(), "123", null, "tok")).isZero();

            assertThat(discord.edits).singleElement().satisfies(put -> {
                assertThat(put.method()).isEqualTo("PUT");
                assertThat(put.path()).isEqualTo("/api/v10/applications/123/commands");
                assertThat(put.userAgent()).as("as Discord asks bots to say who they are").startsWith("DiscordBot (");
                assertThat(put.body()).hasSize(3).allSatisfy(command -> {
                    assertThat(command.path("integration_types").toString()).isEqualTo("[0,1]");
                    assertThat(command.path("contexts").toString()).isEqualTo("[0,1,2]");
                    assertThat(command.has("dm_permission")).as("deprecated").isFalse();
                });
            });
        }
    }

    @Test
    void registerForAGuild_putsTheSameCommandsWithoutTheFieldsOnlyGlobalCommandsTake() throws Exception {
        try (DiscordStub discord = new DiscordStub()) {
            assertThat(RegisterCommandsCommand.register(discord.baseUrl(), "123", "456", "tok")).isZero();

            assertThat(discord.edits).singleElement().satisfies(put -> {
                assertThat(put.path()).isEqualTo("/api/v10/applications/123/guilds/456/commands");
                JsonNode global = new ObjectMapper().readTree(RegisterCommandsCommand.body(false));
                assertThat(put.body()).hasSameSizeAs(global);
                for (int i = 0; i < global.size(); i++) {
                    JsonNode guildCommand = put.body().get(i);
                    RegisterCommandsCommand.GLOBAL_ONLY.forEach(f -> assertThat(guildCommand.has(f)).as(f).isFalse());
                    assertThat(guildCommand.path("name")).isEqualTo(global.get(i).path("name"));
                    assertThat(guildCommand.path("options")).isEqualTo(global.get(i).path("options"));
                }
            });
        }
    }

    @Test
    void registerCommands_withoutToken_explainsWhatToSet() {
        // The test JVM has no DISCORD_BOT_TOKEN: the command must say so and send nothing.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISCORD_BOT_TOKEN") == null);
        assertThat(Main.run("register-commands", "--api", "http://127.0.0.1:9")).isEqualTo(2);
    }

    @Test
    void help_explainsBothInstallsAndThePortalSteps() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("register-commands", "--help")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ")).contains("guild install", "user install", "Installation Contexts",
                "applications.commands and bot", "Add to Server", "Add to My Apps", "--guild");
    }
}
