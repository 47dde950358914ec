package app.cinesync.functions.notice;

import app.cinesync.discord.Embed;
import app.cinesync.discord.FollowUp;
import app.cinesync.discord.Json;
import app.cinesync.discord.Message;
import app.cinesync.discord.WebhookClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FailureNoticeFunction, fed by the dispatch-failure queue (the OnFailure destination of the
 * command functions' asynchronous invokes): when a command function crashed, timed out or ran
 * out of retries, the member's deferred reply would say "thinking…" until Discord gives up.
 * This edits it to an apology instead, with the interaction token the failure record carries.
 */
public final class FailureNoticeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(FailureNoticeHandler.class);
    static final Message APOLOGY = Message.of(new Embed("⚠️ Something went wrong on our side",
            "CineSync could not finish that. If you were rating a film, check with `/my_stats` before rating again. Please try again in a moment.",
            0xC0392B));

    private final FollowUp followUp;

    public FailureNoticeHandler() {
        this(new WebhookClient(WebhookClient.defaultHttpClient(), baseUrl(System.getenv())));
    }

    public FailureNoticeHandler(FollowUp followUp) {
        this.followUp = followUp;
    }

    static String baseUrl(Map<String, String> env) {
        String url = env.get("DISCORD_API_BASE_URL");
        return url == null || url.isBlank() ? "https://discord.com/api/v10" : url.strip();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                Map<String, Object> record = asMap(Json.read(m.getBody().getBytes(StandardCharsets.UTF_8)));
                Map<String, Object> context2 = asMap(record.get("requestContext"));
                Map<String, Object> interaction = asMap(record.get("requestPayload"));
                Object app = interaction.get("application_id");
                Object token = interaction.get("token");
                LOG.error("dispatched work failed ({}) in {}", context2.get("condition"), context2.get("functionArn"));
                if (app instanceof String a && token instanceof String t) {
                    followUp.editOriginal(a, t, APOLOGY);
                }
            } catch (Exception e) { // unreadable record, or Discord unreachable: let SQS try again later
                LOG.warn("failure notice {} not delivered: {}", m.getMessageId(), e.toString());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
