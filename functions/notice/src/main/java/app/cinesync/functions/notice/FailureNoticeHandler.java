package app.cinesync.functions.notice;

import app.cinesync.discord.Embed;
import app.cinesync.discord.FollowUp;
import app.cinesync.discord.Message;
import app.cinesync.discord.Texts;
import app.cinesync.discord.WebhookClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FailureNoticeFunction, fed by the dispatch-failure queue (the OnFailure destination of the
 * command functions' asynchronous invokes): when a command function crashed, timed out or ran
 * out of retries, the member's deferred reply would say "thinking…" until Discord gives up.
 * This edits it to an apology instead, in the member's language, with the interaction token the
 * failure record carries.
 *
 * <p>A record whose token has expired (15 minutes after the interaction) can never be answered:
 * it is logged and dropped, not retried. A record that could not be delivered is retried by SQS
 * a few times, then parked in the queue's dead-letter queue, whose alarm tells the operator.
 */
public final class FailureNoticeHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(FailureNoticeHandler.class);
    /** The apology's message catalog ({@code i18n/notice*.properties}). */
    static final String TEXTS = "i18n.notice";

    private final FollowUp followUp;
    private final Clock clock;

    public FailureNoticeHandler() {
        this(new WebhookClient(WebhookClient.defaultHttpClient(), baseUrl(System.getenv())), Clock.systemUTC());
    }

    public FailureNoticeHandler(FollowUp followUp, Clock clock) {
        this.followUp = followUp;
        this.clock = clock;
    }

    static String baseUrl(Map<String, String> env) {
        String url = env.get("DISCORD_API_BASE_URL");
        return url == null || url.isBlank() ? "https://discord.com/api/v10" : url.strip();
    }

    /** The apology, in the language of the interaction that failed. */
    static Message apology(Locale language) {
        Texts t = Texts.of(TEXTS, language);
        return Message.of(new Embed(t.get("notice.title"), t.get("notice.text"), 0xC0392B));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                Optional<FailureRecord> record = FailureRecord.parse(m.getBody());
                if (record.isEmpty()) {
                    throw new IllegalArgumentException("not a destination record of a dispatched interaction");
                }
                FailureRecord r = record.get();
                LOG.error("dispatched work failed ({}) in {}", r.condition(), r.functionArn());
                Instant expired = r.tokenExpiresAt();
                if (!clock.instant().isBefore(expired)) {
                    LOG.warn("failure notice {} dropped: the interaction's token expired at {}", m.getMessageId(), expired);
                    continue;
                }
                followUp.editOriginal(r.applicationId(), r.token(), apology(r.language()));
            } catch (Exception e) { // unreadable record, or Discord unreachable: let SQS try again later
                LOG.warn("failure notice {} not delivered: {}", m.getMessageId(), e.toString());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
