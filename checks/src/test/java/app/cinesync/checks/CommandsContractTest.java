package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.cli.RegisterCommandsCommand;
import app.cinesync.core.testing.DiscordStub;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code register-commands}, run against a local stand-in for Discord's API: the bodies it
 * really PUTs, globally and for a guild, are what Discord's description accepts (strictly), the
 * guild body leaves out what Discord takes on global commands only, and every command and option
 * has its name and description in each of CineSync's languages, as Discord accepts them.
 */
class CommandsContractTest {
    /** Discord's pattern for slash command and option names (which must also be lower case where a letter has cases). */
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");
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
    void everyCommandAndOption_isLocalizedInEveryLanguage_forLocalesDiscordKnows_withNamesDiscordAccepts() throws Exception {
        JsonNode commands = registered(null);

        assertThat(localizationProblems(commands)).isEmpty();
    }

    @Test
    void aLocalizationForAnUnknownLocale_orAnUpperCaseOrMissingName_isReported() throws Exception {
        ArrayNode commands = (ArrayNode) registered(null);
        ObjectNode rate = (ObjectNode) commands.get(0);
        ((ObjectNode) rate.path("name_localizations")).put("fr", "Noter").put("fr-FR", "noter");
        ((ObjectNode) rate.path("options").get(0).path("name_localizations")).remove("de");
        ((ObjectNode) rate.path("options").get(1).path("name_localizations")).put("pt-BR", "filme");

        assertThat(localizationProblems(commands)).containsExactlyInAnyOrder(
                "/rate: fr-FR is not a Discord locale", "/rate: “Noter” (fr) is not a valid lower-case name",
                "/rate movie: no de name", "/rate: two options are called “filme” in pt-BR");
    }

    /**
     * What Discord would refuse, or members miss, in the localizations: locale keys outside the
     * spec's {@code AvailableLocalesEnum}; names (of commands and options) that are not lower case
     * or do not match Discord's name pattern; two options with one name in a language; a command
     * or option without a name and description in each of CineSync's languages.
     */
    private static List<String> localizationProblems(JsonNode commands) throws Exception {
        Set<String> locales = new HashSet<>();
        new ObjectMapper().readTree(DiscordSpec.location().toFile()).path("components").path("schemas")
                .path("AvailableLocalesEnum").path("oneOf").forEach(l -> locales.add(l.path("const").asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode c : commands) {
            String where = "/" + c.path("name").asText();
            named(c, where, locales, out);
            Map<String, Set<String>> optionNames = new HashMap<>();
            for (JsonNode o : c.path("options")) {
                named(o, where + " " + o.path("name").asText(), locales, out);
                o.path("name_localizations").properties().forEach(e -> {
                    if (!optionNames.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue().asText())) {
                        out.add(where + ": two options are called “" + e.getValue().asText() + "” in " + e.getKey());
                    }
                });
                o.path("choices").forEach(choice -> knownLocales(choice, where + " " + o.path("name").asText(), locales, out));
            }
        }
        return out;
    }

    private static void named(JsonNode node, String where, Set<String> locales, List<String> out) {
        knownLocales(node, where, locales, out);
        List<String> names = new ArrayList<>(List.of(node.path("name").asText()));
        node.path("name_localizations").properties().forEach(e -> {
            String name = e.getValue().asText();
            if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                out.add(where + ": “" + name + "” (" + e.getKey() + ") is not a valid lower-case name");
            }
        });
        for (String locale : MessageCatalogsTest.DISCORD_LOCALE.values()) {
            for (String field : List.of("name", "description")) {
                if (node.path(field + "_localizations").path(locale).asText().isBlank()) {
                    out.add(where + ": no " + locale + " " + field);
                }
            }
        }
    }

    private static void knownLocales(JsonNode node, String where, Set<String> locales, List<String> out) {
        for (String field : List.of("name_localizations", "description_localizations")) {
            node.path(field).properties().forEach(e -> {
                if (!locales.contains(e.getKey())) {
                    out.add(where + ": " + e.getKey() + " is not a Discord locale");
                }
            });
        }
    }

    @Test
    void guildRegistration_isABodyDiscordAccepts_withoutTheGlobalOnlyFields() throws Exception {
        JsonNode commands = registered("1200000000000000001");

        assertThat(spec.errors(DiscordSpec.GUILD_COMMANDS, commands)).isEmpty();
        assertThat(commands).isNotEmpty().allSatisfy(c ->
                assertThat(c.has("integration_types") || c.has("contexts") || c.has("dm_permission")).isFalse());
    }
}
