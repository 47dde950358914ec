package app.cinesync.functions.train;

import app.cinesync.aws.AwsDatabase;
import app.cinesync.aws.DatabaseConfig;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.aws.Env;
import app.cinesync.core.db.Database;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.ModelTraining;
import app.cinesync.core.rating.JdbcRatingRepository;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TrainFunction, run by an EventBridge schedule: retrains the collaborative model from every
 * stored rating and activates the new version (and forgets the interaction ids kept against
 * double-applied ratings once they are a day old); the command functions pick it up within a
 * minute. Members never wait for it: every rating already counts through the online fold-in.
 * A failure throws, so the invocation is marked failed and the error alarm fires.
 */
public final class TrainHandler implements RequestHandler<ScheduledEvent, String> {
    private static final Logger LOG = LoggerFactory.getLogger(TrainHandler.class);
    private final Database db;

    public TrainHandler() {
        this(AwsDatabase.open(DatabaseConfig.fromEnv(Env.system()), DatabaseTimeouts.BATCH.socket()));
    }

    public TrainHandler(Database db) {
        this.db = db;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        int forgotten = new JdbcRatingRepository(db).forgetAppliedInteractionsBefore(Instant.now().minus(Duration.ofDays(1)));
        LOG.info("forgot {} applied interaction ids older than a day", forgotten);
        return ModelTraining.trainAndActivate(db, EaseConfig.DEFAULT)
                .map(r -> {
                    String summary = String.format(Locale.ROOT, "model v%d: %d films from %d ratings in %.1f s",
                            r.model().version(), r.model().size(), r.ratings(), r.seconds());
                    LOG.info("trained {}", summary);
                    return summary;
                })
                .orElseGet(() -> {
                    LOG.info("no ratings yet: nothing to train");
                    return "no ratings yet";
                });
    }
}
