package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.commands.RateForm;
import app.cinesync.discord.Languages;
import app.cinesync.discord.SelectOption;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CineSync's message catalogs, across the modules that own them (the router's, the commands' and
 * the failure notice's): a file per language, each a translator can read and edit, with every key
 * of the English file and the same placeholders; and what they say agrees with
 * {@code commands.json}, whose localized names members see in Discord: the commands and options
 * a text names, the genre names, the star choices, for every Discord locale, as the member's
 * Discord shows them there (its localization for that very locale, else the default name) and as
 * the file that answers that locale writes them.
 */
class MessageCatalogsTest {
    static final List<String> CATALOGS = List.of("i18n/router", "i18n/replies", "i18n/notice");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final JsonNode COMMANDS = commandsJson();

    @Test
    void everyCatalog_hasAUtf8FileInEveryLanguage_openingWithANoteForTranslators() {
        for (String catalog : CATALOGS) {
            for (Locale language : Languages.SUPPORTED) {
                String text = utf8(file(catalog, language));
                assertThat(text).as(file(catalog, language)).startsWith("# ").contains("translator");
            }
        }
    }

    @Test
    void everyLanguage_hasEveryTextOfEnglish_andNoOther_withTheSamePlaceholders_asPatternsThatParse() {
        for (String catalog : CATALOGS) {
            Map<Locale, Properties> files = new LinkedHashMap<>();
            Languages.SUPPORTED.forEach(l -> files.put(l, load(file(catalog, l))));
            assertThat(problems(files)).as(catalog).isEmpty();
        }
    }

    @Test
    void aTranslationMissingAText_orAPlaceholder_orWithALoneApostrophe_isReported() {
        Properties english = props("a=From {0,number,integer} ratings\nb=That''s it\nc=Fine");
        Properties broken = props("a=D’après des notes\nb=C'est tout\nd=Extra");

        assertThat(problems(Map.of(Locale.ENGLISH, english, Locale.FRENCH, broken))).containsExactlyInAnyOrder(
                "fr: c is missing", "fr: d is not in English", "fr: a has placeholders [] where English has [0]",
                "fr: b has a lone apostrophe (write '' or ’)");
    }

    @Test
    void theCommandsAndOptionsATextNames_areThoseTheMembersDiscordShows_inEveryDiscordLocale() {
        List<String> wrong = new ArrayList<>();
        for (String catalog : CATALOGS) {
            for (String locale : DiscordLocales.all()) {
                Locale language = DiscordLocales.replyLanguage(locale);
                Set<String> commands = names(COMMANDS, locale);
                Set<String> options = new TreeSet<>();
                COMMANDS.forEach(c -> options.addAll(names(c.path("options"), locale)));
                load(file(catalog, language)).forEach((key, value) -> {
                    Matcher m = QUOTED.matcher((String) value);
                    while (m.find()) {
                        String name = m.group(1);
                        boolean known = name.startsWith("/") ? name.contains("{") || commands.contains(name.substring(1)) : options.contains(name);
                        if (!known) {
                            wrong.add(locale + ": " + file(catalog, language) + " " + key + ": `" + name + "`");
                        }
                    }
                });
            }
        }
        assertThat(wrong).as("names quoted in texts that a member in that Discord locale is not shown").isEmpty();
    }

    @Test
    void commandsJsonsGenreChoices_areTheCatalogsGenreNames_inEveryDiscordLocale() {
        JsonNode genres = option("my_recommendations", "genre").path("choices");
        assertThat(genres).isNotEmpty();
        for (String locale : DiscordLocales.all()) {
            Properties replies = load(file("i18n/replies", DiscordLocales.replyLanguage(locale)));
            for (JsonNode choice : genres) {
                assertThat(localized(choice, locale)).as("%s in %s", choice.path("value").asText(), locale)
                        .isEqualTo(replies.getProperty("genre." + choice.path("value").asText()));
            }
        }
    }

    @Test
    void commandsJsonsStarChoices_areTheRatingFormsStars_numbersWrittenTheRegionsWay_inEveryDiscordLocale() {
        JsonNode stars = option("rate", "rating").path("choices");
        for (String tag : DiscordLocales.all()) {
            List<String> form = RateForm.starChoices(Languages.of(tag)).stream().map(SelectOption::label).toList();
            List<String> json = new ArrayList<>();
            stars.forEach(c -> json.add(localized(c, tag)));
            assertThat(json).as(tag).isEqualTo(form);
        }
        assertThat(stars.get(1).path("name_localizations").path("fr").asText()).isEqualTo("★★★★½  4,5");
    }

    /** Every difference of each translation from English; empty when the catalog is whole. */
    static List<String> problems(Map<Locale, Properties> files) {
        Properties english = files.get(Locale.ENGLISH);
        List<String> out = new ArrayList<>();
        files.forEach((language, texts) -> {
            for (String key : english.stringPropertyNames()) {
                if (!texts.containsKey(key)) {
                    out.add(language + ": " + key + " is missing");
                } else if (!placeholders(texts.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                    out.add(language + ": " + key + " has placeholders " + placeholders(texts.getProperty(key))
                            + " where English has " + placeholders(english.getProperty(key)));
                }
            }
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!english.containsKey(key)) {
                    out.add(language + ": " + key + " is not in English");
                } else if (text.replace("''", "").contains("'")) {
                    out.add(language + ": " + key + " has a lone apostrophe (write '' or ’)");
                } else if (text.isBlank()) {
                    out.add(language + ": " + key + " is blank");
                } else {
                    try {
                        new MessageFormat(text, language);
                    } catch (IllegalArgumentException e) {
                        out.add(language + ": " + key + " is not a MessageFormat pattern: " + e.getMessage());
                    }
                }
            }
        });
        return out;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.valueOf(m.group(1)));
        }
        return out;
    }

    /** The names of these commands (or options) as members whose Discord is in {@code locale} see them. */
    private static Set<String> names(JsonNode commandsOrOptions, String locale) {
        Set<String> out = new TreeSet<>();
        commandsOrOptions.forEach(c -> out.add(localized(c, locale)));
        return out;
    }

    /**
     * A command's, option's or choice's name in the Discord {@code locale}: its localization for that
     * locale, or the default name. Discord documents a fallback from {@code es-419} to {@code es-ES}
     * (and between {@code en-US} and {@code en-GB}); CineSync does not count on it.
     */
    private static String localized(JsonNode node, String locale) {
        return node.path("name_localizations").path(locale).asText(node.path("name").asText());
    }

    private static JsonNode option(String command, String option) {
        for (JsonNode c : COMMANDS) {
            for (JsonNode o : c.path("options")) {
                if (c.path("name").asText().equals(command) && o.path("name").asText().equals(option)) {
                    return o;
                }
            }
        }
        throw new IllegalStateException("no option " + option + " of /" + command);
    }

    static String file(String catalog, Locale language) {
        return catalog + (language.equals(Languages.ENGLISH) ? "" : "_" + language) + ".properties";
    }

    private static Properties load(String resource) {
        return props(utf8(resource));
    }

    private static Properties props(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The resource's text; a file that is not UTF-8 fails here. */
    private static String utf8(String resource) {
        try (InputStream in = MessageCatalogsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode commandsJson() {
        try (InputStream in = MessageCatalogsTest.class.getClassLoader().getResourceAsStream("discord/commands.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
