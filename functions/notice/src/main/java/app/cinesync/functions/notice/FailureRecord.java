package app.cinesync.functions.notice;

import app.cinesync.discord.Json;
import app.cinesync.discord.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One record of the dispatch-failure queue: Lambda's OnFailure destination record of an
 * asynchronous invocation, whose {@code requestPayload} is the interaction the router dispatched.
 *
 * @param interactionId Discord's snowflake id of the interaction (0 when absent)
 * @param language      the language to apologise in: the interaction's, as {@link Languages} chooses it
 */
record FailureRecord(String applicationId, String token, long interactionId, String condition, String functionArn, Locale language) {
    /** An interaction token works for 15 minutes after the interaction was created. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** Discord's epoch, the first second of 2015, in the top 42 bits of every snowflake. */
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    /**
     * @return empty when the body is not a destination record with an interaction to answer
     * @throws IOException when the body is not JSON
     */
    static Optional<FailureRecord> parse(String body) throws IOException {
        Map<String, Object> record = asMap(Json.read(body.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> context = asMap(record.get("requestContext"));
        Map<String, Object> interaction = asMap(record.get("requestPayload"));
        if (!(interaction.get("application_id") instanceof String app) || !(interaction.get("token") instanceof String token)) {
            return Optional.empty();
        }
        long id = interaction.get("id") instanceof String s && s.matches("\\d{1,19}") ? Long.parseUnsignedLong(s) : 0;
        Locale language = Languages.of(text(interaction.get("locale")));
        return Optional.of(new FailureRecord(app, token, id, String.valueOf(context.get("condition")), String.valueOf(context.get("functionArn")),
                language));
    }

    /** When the token stops working; without an id, at once (nothing says it is still valid). */
    Instant tokenExpiresAt() {
        return interactionId == 0 ? Instant.EPOCH
                : Instant.ofEpochMilli((interactionId >>> 22) + DISCORD_EPOCH_MILLIS).plus(TOKEN_LIFETIME);
    }

    private static String text(Object o) {
        return o instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
