package app.cinesync.cli;

import app.cinesync.discord.RequestSigner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays Discord's part against the local endpoint: builds interactions as Discord would send
 * them for one member (whose client is in English unless {@link #in(String)} says otherwise, in a
 * server whose language is English), signs them with the server's key, posts them, and for
 * deferred replies waits for the edit the handler makes, as the member's client would show it.
 */
public final class DemoClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String APPLICATION_ID = "100000000000000001";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final Edits edits;
    private final RequestSigner signer;
    private final long userId;
    private final String userName;
    private final String locale;
    /** Interaction ids, unique across every client in the process, as Discord's are. */
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() << 22);

    /** Where a deferred reply's edit is found: the in-process Discord stand-in, or any other. */
    @FunctionalInterface
    public interface Edits {
        Optional<String> awaitOriginal(String applicationId, String token, Duration timeout);
    }

    public DemoClient(LocalServer server, RequestSigner signer, long userId, String userName) {
        this(URI.create(server.interactionsUrl()), server.discord()::awaitOriginal, signer, userId, userName);
    }

    public DemoClient(URI endpoint, Edits edits, RequestSigner signer, long userId, String userName) {
        this(endpoint, edits, signer, userId, userName, "en-US");
    }

    private DemoClient(URI endpoint, Edits edits, RequestSigner signer, long userId, String userName, String locale) {
        this.endpoint = endpoint;
        this.edits = edits;
        this.signer = signer;
        this.userId = userId;
        this.userName = userName;
        this.locale = locale;
    }

    /** The same member with their Discord client in another language ({@code locale}: a Discord locale such as {@code fr}). */
    public DemoClient in(String discordLocale) {
        return new DemoClient(endpoint, edits, signer, userId, userName, discordLocale);
    }

    /** What came back: the HTTP status, the immediate response, and the edited reply if deferred. */
    public record Exchange(int status, JsonNode response, JsonNode edited) {
        public int type() {
            return response.path("type").asInt();
        }
    }

    public Exchange ping() {
        ObjectNode i = JSON.createObjectNode().put("type", 1).put("id", Long.toString(IDS.incrementAndGet())).put("application_id", APPLICATION_ID);
        return send(i);
    }

    public Exchange command(String name, Map<String, Object> options) {
        ObjectNode i = base(2);
        ObjectNode data = i.putObject("data").put("name", name).put("type", 1);
        ArrayNode opts = data.putArray("options");
        options.forEach((k, v) -> {
            ObjectNode o = opts.addObject().put("name", k);
            switch (v) {
                case Double d -> o.put("type", 10).put("value", d); // NUMBER
                case Integer n -> o.put("type", 4).put("value", n); // INTEGER
                default -> o.put("type", 3).put("value", String.valueOf(v)); // STRING
            }
        });
        return send(i);
    }

    public Exchange autocomplete(String typed) {
        ObjectNode i = base(4);
        i.putObject("data").put("name", "rate").put("type", 1).putArray("options").addObject()
                .put("name", "movie").put("type", 3).put("value", typed).put("focused", true);
        return send(i);
    }

    /** Submits the rating form as Discord sends it: labels holding the title typed and the stars picked. */
    public Exchange submitRatingForm(String movie, String rating) {
        ObjectNode i = base(5);
        ObjectNode data = i.putObject("data").put("custom_id", "rate");
        ArrayNode labels = data.putArray("components");
        labels.addObject().put("type", 18).putObject("component").put("type", 4).put("custom_id", "movie").put("value", movie);
        labels.addObject().put("type", 18).putObject("component").put("type", 3).put("custom_id", "rating")
                .putArray("values").add(rating);
        return send(i);
    }

    /** Picks {@code value} in a message's drop-down. */
    public Exchange pick(String customId, String value) {
        ObjectNode i = base(3);
        i.putObject("data").put("custom_id", customId).put("component_type", 3).putArray("values").add(value);
        return send(i);
    }

    public Exchange click(String customId) {
        ObjectNode i = base(3);
        i.putObject("data").put("custom_id", customId).put("component_type", 2);
        return send(i);
    }

    private ObjectNode base(int type) {
        ObjectNode i = JSON.createObjectNode().put("type", type).put("id", Long.toString(IDS.incrementAndGet()))
                .put("application_id", APPLICATION_ID).put("token", "demo-token-" + IDS.incrementAndGet()).put("version", 1)
                .put("guild_id", "200000000000000002").put("channel_id", "300000000000000003")
                .put("locale", locale).put("guild_locale", "en-US");
        i.putObject("member").putObject("user").put("id", Long.toUnsignedString(userId)).put("username", userName)
                .put("global_name", userName);
        return i;
    }

    /** What a member does: types {@code title} and picks the first suggestion; returns that film's id. */
    public long titleToId(String title) {
        String value = autocomplete(title).response().path("data").path("choices").path(0).path("value").asText("");
        if (!value.startsWith("m:")) {
            throw new IllegalStateException("no film called " + title);
        }
        return Long.parseLong(value.substring(2));
    }

    /** Signs and posts; waits for the reply edit when the answer was deferred (type 5 or 6). */
    public Exchange send(ObjectNode interaction) {
        byte[] body = interaction.toString().getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return post(body, signer.sign(ts, body), ts, interaction.path("token").asText(null));
    }

    /** Posts with the given signature headers as they are (to show what a forged request gets). */
    public Exchange post(byte[] body, String signature, String timestamp, String token) {
        HttpRequest.Builder req = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            req.header("X-Signature-Ed25519", signature).header("X-Signature-Timestamp", timestamp);
        }
        try {
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode response = JSON.readTree(r.body());
            JsonNode edited = null;
            int type = response.path("type").asInt();
            if (r.statusCode() == 200 && (type == 5 || type == 6)) {
                String json = edits.awaitOriginal(APPLICATION_ID, token, Duration.ofSeconds(15))
                        .orElseThrow(() -> new IllegalStateException("no reply edit within 15 s"));
                edited = JSON.readTree(json);
            }
            return new Exchange(r.statusCode(), response, edited);
        } catch (IOException e) {
            throw new IllegalStateException("the local endpoint did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
