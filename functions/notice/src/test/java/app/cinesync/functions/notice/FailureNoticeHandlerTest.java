package app.cinesync.functions.notice;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.Message;
import app.cinesync.core.testing.TestKeys;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureNoticeHandlerTest {
    /** The fixture's interaction (id 1575495841873920001) was created at 12:58:00 UTC. */
    private static final Instant CREATED = Instant.parse("2026-11-26T12:58:00Z");
    private static final Clock IN_TIME = Clock.fixed(CREATED.plusSeconds(120), ZoneOffset.UTC);

    private static SQSEvent fixture(String name) {
        return EventLoader.loadSQSEvent(TestKeys.eventsDir().resolve("sqs_" + name + ".json").toString());
    }

    @Test
    void aCrashedCommand_getsItsReplyEditedToAnApology_andAnUnreadableRecordIsRetried() {
        List<String> edits = new ArrayList<>();
        FailureNoticeHandler handler = new FailureNoticeHandler((app, token, message) -> edits.add(app + "/" + token + " " + title(message)), IN_TIME);
        SQSBatchResponse response = handler.handleRequest(fixture("dispatch_failure"), null);
        assertThat(edits).containsExactly("1300000000000000000/aW50ZXJhY3Rpb24tdG9rZW4tZm9yLWZhaWx1cmUtbm90aWNl ⚠️ Something went wrong on our side");
        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("0c4b7e4e-2f0a-4a7e-9a57-6d1f5a9c0002");
    }

    @Test
    void theApology_isInTheLanguageOfTheInteractionThatFailed_elseEnglish_namingTheCommandAsTheMembersDiscordShowsIt() throws Exception {
        List<Message> edits = new ArrayList<>();
        FailureNoticeHandler handler = new FailureNoticeHandler((app, token, message) -> edits.add(message), IN_TIME);
        for (String[] locales : new String[][] {{"fr", "en-US"}, {"de", null}, {"es-419", null}, {"pt-BR", null}, {"ja", null}, {"it", "de"}}) {
            handler.handleRequest(withLocale(locales[0], locales[1]), null);
        }

        assertThat(edits).extracting(m -> m.embeds().getFirst().description()).satisfiesExactly(
                fr -> assertThat(fr).contains("n’a pas pu aller au bout", "`/mes_stats`"),
                de -> assertThat(de).contains("`/meine_statistik`"),
                es -> assertThat(es).contains("`/mis_estadísticas`"),
                pt -> assertThat(pt).contains("`/minhas_estatísticas`"),
                ja -> assertThat(ja).contains("check with `/my_stats` before rating again"),
                // Discord shows an Italian member /my_stats: not the German server's /meine_statistik
                itInAGermanServer -> assertThat(itInAGermanServer).contains("check with `/my_stats` before rating again"));
    }

    /** The fixture's first record, its interaction with these locales. */
    private static SQSEvent withLocale(String locale, String guildLocale) throws Exception {
        ObjectMapper json = new ObjectMapper();
        SQSEvent event = fixture("dispatch_failure");
        SQSEvent.SQSMessage m = event.getRecords().getFirst();
        ObjectNode record = (ObjectNode) json.readTree(m.getBody());
        ObjectNode interaction = (ObjectNode) record.path("requestPayload");
        interaction.put("locale", locale);
        if (guildLocale != null) {
            interaction.put("guild_locale", guildLocale);
        }
        m.setBody(record.toString());
        event.setRecords(List.of(m));
        return event;
    }

    @Test
    void whenDiscordCannotBeReached_theMessageIsRetried() {
        FailureNoticeHandler handler = new FailureNoticeHandler((app, token, message) -> {
            throw new IllegalStateException("Discord answered 503");
        }, IN_TIME);
        assertThat(handler.handleRequest(fixture("dispatch_failure"), null).getBatchItemFailures()).hasSize(2);
    }

    @Test
    void whenTheInteractionTokenHasExpired_theRecordIsDropped_notRetried() {
        List<String> edits = new ArrayList<>();
        Clock expired = Clock.fixed(CREATED.plus(Duration.ofMinutes(15)), ZoneOffset.UTC);
        FailureNoticeHandler handler = new FailureNoticeHandler((app, token, message) -> edits.add(token), expired);

        SQSBatchResponse response = handler.handleRequest(fixture("dispatch_failure"), null);

        assertThat(edits).isEmpty();
        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .as("only the unreadable record goes back to the queue").containsExactly("0c4b7e4e-2f0a-4a7e-9a57-6d1f5a9c0002");
    }

    @Test
    void tokenExpiry_isFifteenMinutesAfterTheSnowflakesTime() {
        FailureRecord r = new FailureRecord("1", "t", 1575495841873920001L, "RetriesExhausted", "arn", Locale.ENGLISH);
        assertThat(r.tokenExpiresAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(15)));
        assertThat(new FailureRecord("1", "t", 0, "c", "arn", Locale.ENGLISH).tokenExpiresAt()).as("no id: nothing says it is still valid").isEqualTo(Instant.EPOCH);
    }

    @Test
    void baseUrl_defaultsToDiscord() {
        assertThat(FailureNoticeHandler.baseUrl(Map.of())).isEqualTo("https://discord.com/api/v10");
        assertThat(FailureNoticeHandler.baseUrl(Map.of("DISCORD_API_BASE_URL", "http://127.0.0.1:9/api"))).isEqualTo("http://127.0.0.1:9/api");
    }

    private static String title(Message m) {
        return m.embeds().getFirst().title();
    }
}
