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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MigrateFunction, a CloudFormation custom resource run on every deploy: applies the Flyway
 * migrations and loads the bundled catalog (idempotent), then reports SUCCESS or FAILED to
 * CloudFormation, so a bad migration fails (and rolls back) the deploy instead of leaving
 * functions running on the wrong schema. Deleting the stack changes nothing in the database.
 */
public final class MigrateHandler implements RequestHandler<CloudFormationCustomResourceEvent, String> {
    private static final Logger LOG = LoggerFactory.getLogger(MigrateHandler.class);

    private final ConnectionFactory connections;
    private final CloudFormationResponder responder;

    public MigrateHandler() {
        this(RdsConnections.factory(DatabaseConfig.fromEnv(Env.system())), new CloudFormationResponder(HttpClient.newHttpClient()));
    }

    public MigrateHandler(ConnectionFactory connections, CloudFormationResponder responder) {
        this.connections = connections;
        this.responder = responder;
    }

    @Override
    public String handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        String physicalId = event.getPhysicalResourceId() != null ? event.getPhysicalResourceId() : "cinesync-schema";
        if ("Delete".equals(event.getRequestType())) {
            return responder.send(event, physicalId, true, "nothing to do on delete");
        }
        try {
            String summary = CatalogLoader.migrateAndLoadBundled(connections);
            LOG.info("migrated: {}", summary);
            return responder.send(event, physicalId, true, summary);
        } catch (RuntimeException e) {
            LOG.error("migration failed", e);
            return responder.send(event, physicalId, false, "migration failed: " + e.getMessage());
        }
    }
}
