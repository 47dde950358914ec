package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.cli.RegisterCommandsCommand;
import app.cinesync.core.testing.DiscordStub;
import com.fasterxml.jackson.databind.JsonNode;
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
 * guild body leaves out what Discord takes on global commands only, and every command, option and
 * choice has its name (and description) for each Discord locale CineSync answers in, as Discord
 * accepts them, so that what a member's Discord shows is what their replies name.
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
    void everyCommandOptionAndChoice_isLocalizedForEveryLocaleCineSyncAnswersIn_withNamesDiscordAccepts() throws Exception {
        JsonNode commands = registered(null);

        assertThat(localizationProblems(commands)).isEmpty();
    }

    @Test
    void aLocalizationForAnUnknownLocale_orAnUpperCaseOrMissingName_orANameForALocaleAnsweredInEnglish_isReported() throws Exception {
        ArrayNode commands = (ArrayNode) registered(null);
        ObjectNode rate = (ObjectNode) commands.get(0);
        ((ObjectNode) rate.path("name_localizations")).put("fr", "Noter").put("fr-FR", "noter").put("it", "valutare").remove("es-419");
        ((ObjectNode) rate.path("options").get(0).path("name_localizations")).remove("de");
        ((ObjectNode) rate.path("options").get(1).path("name_localizations")).put("pt-BR", "filme");
        ((ObjectNode) commands.get(1).path("options").get(1).path("choices").get(0).path("name_localizations")).remove("es-419");

        assertThat(localizationProblems(commands)).containsExactlyInAnyOrder(
                "/rate: fr-FR is not a Discord locale", "/rate: “Noter” (fr) is not a valid lower-case name",
                "/rate: no es-419 name", "/rate: “valutare” (it) is not the default name its English replies use",
                "/rate movie: no de name", "/rate: two options are called “filme” in pt-BR",
                "/my_recommendations genre Action: no es-419 name");
    }

    /**
     * What Discord would refuse, or members would see otherwise than their replies name it, in the
     * localizations: locale keys outside the spec's {@code AvailableLocalesEnum}; names (of commands
     * and options) that are not lower case or do not match Discord's name pattern; two options with
     * one name in a locale; a command or option without a name and description, or a choice without
     * a name, for a Discord locale CineSync answers in other than English (every such locale itself:
     * {@code es-419} as well as {@code es-ES}, not left to Discord's fallback); a name for a locale
     * answered in English other than the default, which the English replies use.
     */
    private static List<String> localizationProblems(JsonNode commands) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : commands) {
            String where = "/" + c.path("name").asText();
            named(c, where, out);
            Map<String, Set<String>> optionNames = new HashMap<>();
            for (JsonNode o : c.path("options")) {
                named(o, where + " " + o.path("name").asText(), out);
                o.path("name_localizations").properties().forEach(e -> {
                    if (!optionNames.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue().asText())) {
                        out.add(where + ": two options are called “" + e.getValue().asText() + "” in " + e.getKey());
                    }
                });
                o.path("choices").forEach(choice ->
                        localized(choice, where + " " + o.path("name").asText() + " " + choice.path("name").asText(), List.of("name"), out));
            }
        }
        return out;
    }

    /** A command's or option's localizations: those of {@link #localized}, and names Discord accepts. */
    private static void named(JsonNode node, String where, List<String> out) {
        localized(node, where, List.of("name", "description"), out);
        node.path("name_localizations").properties().forEach(e -> {
            String name = e.getValue().asText();
            if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
                out.add(where + ": “" + name + "” (" + e.getKey() + ") is not a valid lower-case name");
            }
        });
    }

    /** Localizations only for Discord's locales; {@code fields} in each locale answered in another language than English; no other name in those answered in English. */
    private static void localized(JsonNode node, String where, List<String> fields, List<String> out) {
        for (String field : List.of("name_localizations", "description_localizations")) {
            node.path(field).properties().forEach(e -> {
                if (!DiscordLocales.all().contains(e.getKey())) {
                    out.add(where + ": " + e.getKey() + " is not a Discord locale");
                }
            });
        }
        for (String locale : DiscordLocales.all()) {
            String name = node.path("name_localizations").path(locale).asText(node.path("name").asText());
            if (DiscordLocales.repliesInEnglish(locale) && !name.equals(node.path("name").asText())) {
                out.add(where + ": “" + name + "” (" + locale + ") is not the default name its English replies use");
            }
            for (String field : fields) {
                if (!DiscordLocales.repliesInEnglish(locale) && node.path(field + "_localizations").path(locale).asText().isBlank()) {
                    out.add(where + ": no " + locale + " " + field);
                }
            }
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
