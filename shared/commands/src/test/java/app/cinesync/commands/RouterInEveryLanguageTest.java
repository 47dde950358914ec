package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.InteractionEndpoint;
import app.cinesync.discord.Label;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Modal;
import app.cinesync.discord.RequestSigner;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.SignatureVerifier;
import app.cinesync.discord.TextInput;
import app.cinesync.discord.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the router answers itself, in the member's language ({@code locale}, else English; never the
 * server's {@code guild_locale}, whose command names the member's Discord does not show), and within
 * Discord's limits in every language without anything cut: a cut text ends exactly at its limit, so
 * every text here stays under it.
 */
class RouterInEveryLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_780_000_000L;
    /** Every language, British English, and Latin American Spanish, which writes its numbers otherwise. */
    private static final List<String> LOCALES = Stream.concat(Languages.SUPPORTED.stream().map(Locale::toLanguageTag),
            Stream.of("en-GB", "es-419")).toList();

    private final RequestSigner signer = RequestSigner.random();
    private boolean dispatchFails;
    private final InteractionEndpoint router = new InteractionEndpoint(
            new SignatureVerifier(signer.publicKeyHex(), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)),
            new InteractionRouter((route, body) -> {
                if (dispatchFails) {
                    throw new IllegalStateException("Lambda unavailable");
                }
            }, (member, command, option, text) -> List.of()));

    private JsonNode send(String locale, String guildLocale, int type, String data) throws Exception {
        String json = "{\"type\":" + type + ",\"id\":\"1400000000000000001\",\"application_id\":\"2\",\"token\":\"t\","
                + (locale == null ? "" : "\"locale\":\"" + locale + "\",") + (guildLocale == null ? "" : "\"guild_locale\":\"" + guildLocale + "\",")
                + "\"member\":{\"user\":{\"id\":\"3\"}},\"data\":" + data + "}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(NOW);
        return JSON.readTree(router.handle(signer.sign(ts, body), ts, body).body());
    }

    /** The router's immediate answers to one member: every mistake it explains, the failed start, and the form. */
    private List<JsonNode> everyAnswer(String locale) throws Exception {
        String longName = "x".repeat(60);
        List<JsonNode> out = new ArrayList<>();
        out.add(send(locale, null, 2, "{\"name\":\"" + longName + "\",\"type\":1}"));
        out.add(send(locale, null, 2, "{\"name\":\"" + longName + "\",\"type\":3}"));
        out.add(send(locale, null, 2, "{\"name\":\"rate\",\"type\":1,\"options\":[{\"name\":\"movie\",\"value\":\"Alien\"}]}"));
        out.add(send(locale, null, 5, "{\"custom_id\":\"someone-elses\",\"components\":[]}"));
        out.add(send(locale, null, 3, "{\"custom_id\":\"someone-elses\",\"component_type\":2}"));
        dispatchFails = true;
        out.add(send(locale, null, 2, "{\"name\":\"my_stats\",\"type\":1}"));
        dispatchFails = false;
        out.add(send(locale, null, 2, "{\"name\":\"rate\",\"type\":1}"));
        return out;
    }

    @Test
    void aFrenchMember_getsTheRoutersAnswersAndTheFormInFrench() throws Exception {
        List<JsonNode> answers = everyAnswer("fr");

        assertThat(answers.get(0).path("data").path("content").asText()).startsWith("CineSync n’a pas de commande `/xxx").contains("`/noter`");
        assertThat(answers.get(2).path("data").path("content").asText()).contains("`film` et `note`");
        JsonNode form = answers.getLast().path("data");
        assertThat(form.path("title").asText()).isEqualTo("Noter un film");
        assertThat(form.path("components").get(1).path("component").path("options").get(1).path("label").asText()).isEqualTo("★★★★½  4,5");
        assertThat(form.path("components").get(1).path("component").path("options").get(1).path("value").asText())
                .as("what comes back does not depend on the language").isEqualTo("4.5");
    }

    @Test
    void theLanguage_isTheMembersWhenCineSyncSpeaksIt_elseEnglish_neverTheServers() throws Exception {
        String dance = "{\"name\":\"dance\",\"type\":1}";

        assertThat(send("de", "fr", 2, dance).path("data").path("content").asText()).startsWith("CineSync hat keinen Befehl");
        // an Italian or Japanese Discord shows /rate (commands.json has no name for them): the server's /avaliar or /noter would be no command they see
        assertThat(send("it", "pt-BR", 2, dance).path("data").path("content").asText()).startsWith("CineSync has no command")
                .contains("`/rate`", "`/my_recommendations`", "`/my_stats`");
        assertThat(send("ja", "fr", 2, "{\"name\":\"rate\",\"type\":1,\"options\":[{\"name\":\"movie\",\"type\":3,\"value\":\"Alien\"}]}")
                .path("data").path("content").asText()).isEqualTo("Give both `movie` and `rating`, or neither to open the rating form.");
        assertThat(send("ja", null, 2, dance).path("data").path("content").asText()).startsWith("CineSync has no command");
        assertThat(send(null, null, 2, dance).path("data").path("content").asText()).startsWith("CineSync has no command");
    }

    @Test
    void everyAnswerInEveryLanguage_isInThatLanguage_andWithinDiscordsLimitsUncut() throws Exception {
        for (String locale : LOCALES) {
            Locale language = Languages.of(locale);
            Texts t = Texts.of(InteractionRouter.TEXTS, language);
            List<JsonNode> answers = everyAnswer(locale);

            assertThat(answers.getFirst().path("data").path("content").asText()).as(locale).isEqualTo(t.get("mistake.command", "x".repeat(49) + "…"));
            for (JsonNode answer : answers.subList(0, answers.size() - 1)) {
                assertThat(answer.path("type").asInt()).isEqualTo(4);
                assertThat(answer.path("data").path("content").asText()).as(locale).isNotBlank().hasSizeLessThan(2000);
            }
            JsonNode form = answers.getLast().path("data");
            assertThat(form.path("title").asText()).as(locale).isEqualTo(t.get("form.title")).hasSizeLessThan(Modal.TITLE);
            for (JsonNode label : form.path("components")) {
                assertThat(label.path("label").asText()).as(locale).hasSizeLessThan(Label.LABEL);
                assertThat(label.path("description").asText()).as(locale).hasSizeLessThan(Label.DESCRIPTION);
                assertThat(label.path("component").path("placeholder").asText()).as(locale).isNotBlank().hasSizeLessThan(TextInput.PLACEHOLDER);
                label.path("component").path("options").forEach(o -> assertThat(o.path("label").asText()).hasSizeLessThan(SelectOption.LABEL));
            }
            RateForm rateForm = RateForm.in(language);
            assertThat(Stream.of(rateForm.title(), rateForm.filmLabel(), rateForm.starsLabel())).as("%s, not cut", locale)
                    .allSatisfy(s -> assertThat(s).hasSizeLessThan(Label.LABEL));
            assertThat(Stream.of(rateForm.filmDescription(), rateForm.filmPlaceholder(), rateForm.starsPlaceholder())).as("%s, not cut", locale)
                    .allSatisfy(s -> assertThat(s).hasSizeLessThan(TextInput.PLACEHOLDER));
        }
    }

    @Test
    void numbers_followTheMembersRegion_wordsTheirLanguage() {
        Locale spain = Languages.of("es-ES");
        Locale latinAmerica = Languages.of("es-419");

        assertThat(RateForm.in(spain).title()).isEqualTo(RateForm.in(latinAmerica).title()).isEqualTo("Valorar una película");
        assertThat(RateForm.starChoices(spain).get(1).label()).isEqualTo("★★★★½  4,5");
        assertThat(RateForm.starChoices(latinAmerica).get(1).label()).isEqualTo("★★★★½  4.5");
        assertThat(Languages.of("pt-BR")).isEqualTo(Locale.of("pt", "BR"));
        assertThat(Languages.of("en-GB")).isEqualTo(Locale.forLanguageTag("en-GB"));
    }
}
