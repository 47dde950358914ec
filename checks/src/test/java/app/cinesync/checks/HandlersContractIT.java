package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.aws.HandlerHarness;
import app.cinesync.commands.RateForm;
import app.cinesync.core.app.Replies;
import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.ModelTraining;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.HttpResult;
import app.cinesync.discord.Languages;
import app.cinesync.discord.Texts;
import app.cinesync.discord.WebhookClient;
import app.cinesync.functions.interactions.fixtures.FixtureSigner;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import app.cinesync.functions.notice.FailureNoticeHandler;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What CineSync really sends Discord, for every fixture, judged by Discord's own API description
 * (strictly: no field it does not name): each interaction response (PONG, deferred reply,
 * deferred update, channel message, autocomplete result, modal) and each reply edit
 * ({@code PATCH .../messages/@original}, CineSync's only follow-up: it never posts extra
 * messages). The fixtures run through the real router and command handlers three times: on an
 * empty community, after ratings, and with a trained model, since the replies differ; and once
 * more in each of CineSync's other languages.
 */
class HandlersContractIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The callback schema for each response type CineSync sends. */
    private static final Map<Integer, String> CALLBACK_SCHEMAS = Map.of(1, "PongInteractionCallbackRequest",
            4, "CreateMessageInteractionCallbackRequest", 5, "CreateMessageInteractionCallbackRequest",
            6, "UpdateMessageInteractionCallbackRequest", 8, "ApplicationCommandAutocompleteCallbackRequest",
            9, "ModalInteractionCallbackRequest");

    private final DiscordSpec spec = DiscordSpec.strict();
    private final Set<Integer> responseTypes = new TreeSet<>();
    private int deferred;

    @BeforeEach
    void emptyCommunity() {
        TestDatabase.reset();
    }

    @Test
    void everyResponseAndReplyEdit_onAnEmptyCommunity_isWhatDiscordAccepts() throws IOException {
        checkEveryFixture();
    }

    @Test
    void everyResponseAndReplyEdit_afterRatings_isWhatDiscordAccepts() throws IOException {
        community();
        checkEveryFixture();
    }

    @Test
    void everyResponseAndReplyEdit_withATrainedModel_isWhatDiscordAccepts() throws IOException {
        community();
        assertThat(ModelTraining.trainAndActivate(TestDatabase.get(), new EaseConfig(10, 0, 2))).isPresent();

        List<DiscordStub.Edit> edits = checkEveryFixture();

        assertThat(edits).anySatisfy(e -> assertThat(e.text()).contains("ratings by everyone"));
    }

    /**
     * The same in each of CineSync's other languages (a French, German, Latin American Spanish and
     * Brazilian member): every interaction fixture with its {@code locale} changed, signed here.
     */
    @Test
    void everyResponseAndReplyEdit_inEveryOtherLanguage_isWhatDiscordAccepts_andInThatLanguage() throws IOException {
        community();
        assertThat(ModelTraining.trainAndActivate(TestDatabase.get(), new EaseConfig(10, 0, 2))).isPresent();
        for (String locale : List.of("fr", "de", "es-419", "pt-BR")) {
            Locale language = Languages.of(locale);
            responseTypes.clear();
            deferred = 0;
            List<String> responses = new ArrayList<>();
            try (CineSyncInProcess cineSync = new CineSyncInProcess(new HandlerHarness(TestDatabase.get()))) {
                for (String fixture : interactionFixtures()) {
                    ObjectNode in = (ObjectNode) JSON.readTree(Fixtures.event("interaction_" + fixture + ".json").toFile());
                    if (in.has("locale")) {
                        in.put("locale", locale);
                    }
                    HttpResult result = cineSync.post(in.toString().getBytes(StandardCharsets.UTF_8));
                    check(locale + " interaction_" + fixture, result);
                    responses.add(result.body());
                }
                clickNotForMe(cineSync);

                List<DiscordStub.Edit> edits = checkEdits(cineSync);
                Texts replies = Texts.of(Replies.TEXTS, language);
                assertThat(edits).as(locale).anySatisfy(e -> assertThat(e.text()).contains(replies.get("recs.title")));
                assertThat(edits).as(locale).anySatisfy(e -> assertThat(e.text()).contains(replies.get("profile.title.named", "Cinephile")));
                assertThat(responses).as(locale).anySatisfy(r -> assertThat(r).contains(RateForm.in(language).title()));
            }
        }
    }

    @Test
    void theFailureNotice_isAReplyEditDiscordAccepts() {
        try (HandlerHarness harness = new HandlerHarness(TestDatabase.get())) {
            // the fixture's interaction was created at 2026-11-26T12:58Z (its snowflake id); two minutes later its token is alive
            Clock inTime = Clock.fixed(Instant.parse("2026-11-26T13:00:00Z"), ZoneOffset.UTC);
            new FailureNoticeHandler(new WebhookClient(WebhookClient.defaultHttpClient(), harness.discord.baseUrl()), inTime)
                    .handleRequest(EventLoader.loadSQSEvent(Fixtures.event("sqs_dispatch_failure.json").toString()), null);

            assertThat(harness.discord.edits).isNotEmpty().allSatisfy(e ->
                    assertThat(spec.errors(DiscordSpec.REPLY_EDIT, e.body())).isEmpty());
        }
    }

    /** Every router fixture as Lambda delivers it, every other interaction fixture signed here; then every edit. */
    private List<DiscordStub.Edit> checkEveryFixture() throws IOException {
        try (CineSyncInProcess cineSync = new CineSyncInProcess(new HandlerHarness(TestDatabase.get()))) {
            Set<String> signedSources = new TreeSet<>();
            for (FixtureSigner.Case c : FixtureSigner.CASES.values()) {
                signedSources.add(c.source());
                check("functionurl_" + c.name(), cineSync.post(EventLoader.loadApiGatewayHttpEvent(
                        Fixtures.event("functionurl_" + c.name() + ".json").toString())));
            }
            for (String fixture : interactionFixtures()) {
                if (!signedSources.contains(fixture)) {
                    check("interaction_" + fixture, cineSync.post(Files.readAllBytes(Fixtures.event("interaction_" + fixture + ".json"))));
                }
            }
            clickNotForMe(cineSync);
            return checkEdits(cineSync);
        }
    }

    /** One edit per deferred reply, each a body Discord accepts; every response type was sent. */
    private List<DiscordStub.Edit> checkEdits(CineSyncInProcess cineSync) {
        List<DiscordStub.Edit> edits = List.copyOf(cineSync.discord().edits);
        assertThat(edits).as("one edit per deferred reply").hasSize(deferred);
        for (DiscordStub.Edit e : edits) {
            assertThat(e.method()).isEqualTo("PATCH");
            assertThat(e.path()).endsWith("/messages/@original");
            assertThat(spec.errors(DiscordSpec.REPLY_EDIT, e.body())).as("edit %s", e.body()).isEmpty();
        }
        assertThat(responseTypes).as("every response type CineSync sends").containsExactly(1, 4, 5, 6, 8, 9);
        return edits;
    }

    /** "Not for me" on the first film of the first recommendation reply: the button's own custom id, clicked. */
    private void clickNotForMe(CineSyncInProcess cineSync) throws IOException {
        String customId = cineSync.discord().edits.stream()
                .flatMap(e -> Stream.of(e.body().path("components").path(0).path("components").path(0).path("custom_id").asText()))
                .filter(id -> id.startsWith("recs:no:")).findFirst().orElseThrow();
        ObjectNode click = (ObjectNode) JSON.readTree(Fixtures.event("interaction_button_more_picks.json").toFile());
        click.put("id", "1400000000000000099");
        ((ObjectNode) click.path("data")).put("custom_id", customId);
        check("Not for me " + customId, cineSync.post(click.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void check(String what, HttpResult result) throws IOException {
        if (result.status() != 200) {
            return; // 401 and 400 are CineSync's own answers to requests that are not Discord's
        }
        JsonNode body = JSON.readTree(result.body());
        int type = body.path("type").asInt();
        responseTypes.add(type);
        if (type == 5 || type == 6) {
            deferred++;
        }
        if (type == 8) {
            assertThat(body.path("data").path("choices")).as("%s: the relay's real suggestions", what).isNotEmpty();
        }
        assertThat(CALLBACK_SCHEMAS).as("%s: a response type CineSync is known to send", what).containsKey(type);
        assertThat(spec.errors(DiscordSpec.CALLBACK, body)).as("%s: %s", what, body).isEmpty();
        assertThat(spec.errorsAgainst(CALLBACK_SCHEMAS.get(type), body)).as("%s: %s", what, body).isEmpty();
    }

    private static List<String> interactionFixtures() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Fixtures.eventsDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("interaction_"))
                    .map(n -> n.substring("interaction_".length(), n.length() - ".json".length())).sorted().toList();
        }
    }

    /** Forty members with two tastes, so recommendations, profiles and the model have something to show. */
    private static void community() {
        var db = TestDatabase.get();
        JdbcRatingRepository ratings = new JdbcRatingRepository(db);
        JdbcMovieRepository movies = new JdbcMovieRepository(db);
        List<Long> films = db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT movie_id FROM movies ORDER BY movie_id LIMIT 60")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        long member = Long.parseUnsignedLong("1300000000000000001");
        for (long user = 1; user <= 40; user++) {
            for (int k = 0; k < 8; k++) {
                long film = films.get((int) ((user % 2) * 30 + (user * 7 + k * 3) % 30));
                ratings.rate(user == 40 ? member : user, film, new Stars(user % 2 == 0 ? 4.5 : 3.5), Instant.ofEpochSecond(1_700_000_000L + user * 100 + k),
                        ItemVectorizer.vectorize(movies.findById(film).orElseThrow()), null);
            }
        }
    }
}
