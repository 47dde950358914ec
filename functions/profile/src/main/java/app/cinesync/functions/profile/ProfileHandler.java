package app.cinesync.functions.profile;

import app.cinesync.aws.CommandFunction;
import app.cinesync.aws.Env;
import app.cinesync.core.app.ProfileRefresher;
import app.cinesync.core.db.DataAccessException;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ProfileFunction, fed by the profile queue: recomputes each named member's taste profile and
 * blend weights. A member named several times in one batch is computed once. Each message that
 * fails is reported alone ({@code ReportBatchItemFailures}), so one bad message never fails
 * its batch; after three failed deliveries SQS moves it to the dead-letter queue.
 */
public final class ProfileHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileHandler.class);
    private final CommandFunction function; // strong reference: CRaC keeps resources weakly
    private final ProfileRefresher refresher;

    public ProfileHandler() {
        this(CommandFunction.fromEnv(Env.system()));
    }

    /** With the container's wiring given (tests, the local server). */
    public ProfileHandler(CommandFunction function) {
        this.function = function;
        this.refresher = function.app().profileRefresher();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Map<Long, List<String>> byMember = new LinkedHashMap<>();
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                byMember.computeIfAbsent(Long.parseUnsignedLong(m.getBody().strip()), k -> new ArrayList<>()).add(m.getMessageId());
            } catch (RuntimeException e) {
                LOG.warn("message {} names no member", m.getMessageId());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
            }
        }
        byMember.forEach((userId, messageIds) -> {
            try {
                refresher.refresh(userId);
            } catch (RuntimeException e) {
                if (!(e instanceof DataAccessException d && d.unavailable())) { // an outage is logged once, by the database's OutageLog
                    LOG.error("profile of {} not refreshed", Long.toUnsignedString(userId), e);
                }
                messageIds.forEach(id -> failures.add(new SQSBatchResponse.BatchItemFailure(id)));
            }
        });
        return new SQSBatchResponse(failures);
    }
}
