package app.cinesync.aws;

import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.app.ProfileQueue;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.discord.FollowUp;
import app.cinesync.discord.WebhookClient;
import java.time.Clock;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One container's wiring of a command function (rate, recommend, stats): the database, the
 * domain, the reply editor. Registered with CRaC so that SnapStart's snapshot is taken warm
 * (catalog loaded, JDBC and JSON code paths run) but without open sockets: connections are
 * closed before the snapshot and reopened, with fresh IAM tokens, after restore.
 */
public final class CommandFunction implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(CommandFunction.class);

    private final CineSync app;
    private final CommandRunner runner;

    public CommandFunction(CineSync app, CommandRunner runner) {
        this.app = app;
        this.runner = runner;
    }

    /** Wires everything from the environment: {@link DatabaseConfig}, {@code DISCORD_API_BASE_URL}, {@code PROFILE_QUEUE_URL}. */
    public static CommandFunction fromEnv(Env env) {
        Database db = AwsDatabase.open(DatabaseConfig.fromEnv(env), DatabaseTimeouts.REQUEST.socket());
        CineSync app = new CineSync(db, Clock.systemUTC());
        FollowUp followUp = new WebhookClient(WebhookClient.defaultHttpClient(),
                env.optional("DISCORD_API_BASE_URL").orElse("https://discord.com/api/v10"));
        ProfileQueue queue = env.optional("PROFILE_QUEUE_URL")
                .<ProfileQueue>map(url -> new SqsProfileQueue(Clients.sqs(env.required("AWS_REGION")), url))
                .orElse(userId -> {
                    throw new IllegalStateException("PROFILE_QUEUE_URL is not set");
                });
        CommandFunction f = new CommandFunction(app, CommandRunner.of(app, queue, followUp));
        Core.getGlobalContext().register(f);
        return f;
    }

    public CommandRunner runner() {
        return runner;
    }

    public CineSync app() {
        return app;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            app.catalog().get(); // loads films and vectors: JDBC, driver and decoding paths now warm
            app.models().recommender(app.catalog().get()); // and the trained model, if there is one
        } catch (RuntimeException e) {
            LOG.warn("priming skipped: {}", e.toString());
        }
        app.database().ifPresent(db -> db.connections().close());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Connections open lazily on first use, with a fresh token; nothing to do here.
    }
}
