package app.cinesync.aws;

import app.cinesync.core.db.Database;
import app.cinesync.core.db.PooledConnections;
import java.time.Duration;

/**
 * The database of one Lambda container: one connection at most (a container serves one request
 * at a time), opened on first use. N warm containers hold at most N connections to RDS Proxy;
 * {@code ConnectionBudgetIT} counts them.
 */
public final class AwsDatabase {
    private AwsDatabase() {
    }

    public static Database open(DatabaseConfig config, Duration socketTimeout) {
        return new Database(new PooledConnections(RdsConnections.factory(config, socketTimeout), 1));
    }
}
