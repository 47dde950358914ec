package app.cinesync.functions.migrate;

import app.cinesync.aws.DatabaseConfig;
import app.cinesync.aws.Env;
import app.cinesync.aws.RdsConnections;
import app.cinesync.core.catalog.CatalogLoader;
import app.cinesync.core.db.ConnectionFactory;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MigrateFunction, a CloudFormation custom resource run on every deploy: applies the Flyway
 * migrations and loads the bundled catalog into an empty catalog, then reports SUCCESS or FAILED to
 * CloudFormation, so a bad migration fails (and rolls back) the deploy instead of leaving
 * functions running on the wrong schema. Deleting the stack changes nothing in the database and
 * is answered at once.
 *
 * <p>CloudFormation always gets an answer while this function still runs: the migration has the
 * invocation's remaining time less {@link #ANSWER_MARGIN} (the response PUT may take 10 s), as
 * its deadline and as its database socket timeout; past it, the answer is FAILED and the
 * unfinished migration rolls back (Flyway runs each migration in a transaction).
 */
public final class MigrateHandler implements RequestHandler<CloudFormationCustomResourceEvent, String> {
    private static final Logger LOG = LoggerFactory.getLogger(MigrateHandler.class);
    static final Duration ANSWER_MARGIN = Duration.ofSeconds(15);
    /** When there is no Lambda context (a test or a local call): the template's Timeout. */
    private static final Duration WITHOUT_CONTEXT = Duration.ofSeconds(300);

    private final Function<Duration, ConnectionFactory> connections;
    private final CloudFormationResponder responder;

    /**
     * The database configuration is read on the first request, inside the handler's try: a
     * missing variable must become a FAILED answer, not a failed init that leaves CloudFormation
     * waiting for a response.
     */
    public MigrateHandler() {
        this(socketTimeout -> RdsConnections.factory(DatabaseConfig.fromEnv(Env.system()), socketTimeout),
                new CloudFormationResponder(HttpClient.newHttpClient()));
    }

    public MigrateHandler(ConnectionFactory connections, CloudFormationResponder responder) {
        this(socketTimeout -> connections, responder);
    }

    private MigrateHandler(Function<Duration, ConnectionFactory> connections, CloudFormationResponder responder) {
        this.connections = connections;
        this.responder = responder;
    }

    @Override
    public String handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        String physicalId = event.getPhysicalResourceId() != null ? event.getPhysicalResourceId() : "cinesync-schema";
        if ("Delete".equals(event.getRequestType())) {
            return responder.send(event, physicalId, true, "nothing to do on delete");
        }
        Duration budget = (context == null ? WITHOUT_CONTEXT : Duration.ofMillis(context.getRemainingTimeInMillis())).minus(ANSWER_MARGIN);
        try {
            String summary = Deadline.run(budget, () -> CatalogLoader.migrateAndLoadBundled(connections.apply(budget)));
            LOG.info("migrated: {}", summary);
            return responder.send(event, physicalId, true, summary);
        } catch (RuntimeException | Error e) { // whatever happens, CloudFormation gets an answer
            LOG.error("migration failed", e);
            return responder.send(event, physicalId, false, "migration failed: " + e.getMessage());
        }
    }
}
