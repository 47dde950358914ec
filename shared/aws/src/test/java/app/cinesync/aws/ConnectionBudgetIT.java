package app.cinesync.aws;

import app.cinesync.core.db.DatabaseTimeouts;
import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many database connections warm Lambda containers hold: each container's {@link AwsDatabase}
 * keeps at most one, and none after the SnapStart snapshot hook closed it. With RDS Proxy not
 * pinning ({@link DriverSessionIT}) these are client connections to the proxy; pinned, each would
 * also be a database connection. Counted in pg_stat_activity of the embedded PostgreSQL.
 */
class ConnectionBudgetIT {
    private static final String APP = "cinesync-budget-it";

    private static long connectionsHeld() {
        return TestDatabase.get().read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
                ps.setString(1, APP);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void nWarmContainers_holdNConnections_evenAfterManyRequests_andNoneOnceClosedForTheSnapshot() {
        String url = "jdbc:postgresql://127.0.0.1:" + TestDatabase.embedded().port() + "/postgres?user=postgres&ApplicationName=" + APP;
        List<Database> containers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            containers.add(AwsDatabase.open(new DatabaseConfig(url, null, 0, null, null, null), DatabaseTimeouts.REQUEST.socket()));
        }
        for (int request = 0; request < 4; request++) {
            for (Database container : containers) {
                container.read(c -> c.createStatement().execute("SELECT 1"));
                container.inTransaction(c -> c.createStatement().execute("SELECT count(*) FROM movies"));
            }
        }

        assertThat(connectionsHeld()).isEqualTo(5);

        containers.forEach(Database::close);
        assertThat(connectionsHeldOnceBackendsExited()).isZero();
    }

    /** A closed connection's backend leaves pg_stat_activity a moment after the client closed it. */
    private static long connectionsHeldOnceBackendsExited() {
        long held = connectionsHeld();
        for (int i = 0; i < 50 && held > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            held = connectionsHeld();
        }
        return held;
    }
}
