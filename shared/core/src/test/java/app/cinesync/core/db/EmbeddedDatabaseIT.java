package app.cinesync.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.embedded.EmbeddedDatabase;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Core's connections, timeouts and migrations on the embedded PostgreSQL the command line and the tests use. */
class EmbeddedDatabaseIT {
    private static ConnectionSource pooled(EmbeddedDatabase db, int size) {
        return new PooledConnections(ConnectionFactory.jdbc(db.jdbcUrl(), DatabaseTimeouts.REQUEST), size);
    }

    @Test
    void startsARealPostgres17AndMigratesTheSchema() {
        try (EmbeddedDatabase db = EmbeddedDatabase.startTemporary();
             Database database = new Database(pooled(db, 2))) {
            Migrations.migrate(db.dataSource());
            String version = database.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(version).startsWith("17.");
            long tables = database.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND obj_description(('public.' || tablename)::regclass) IS NOT NULL")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(tables).as("every table has COMMENT ON").isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void connections_haveTheTimeoutsTheyHaveInAws() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startTemporary();
             Database database = new Database(pooled(db, 1))) {
            String statementTimeout = database.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SHOW statement_timeout")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int socketTimeoutMillis = database.read(java.sql.Connection::getNetworkTimeout);
            assertThat(statementTimeout).isEqualTo(DatabaseTimeouts.REQUEST.statement().toSeconds() + "s");
            assertThat(socketTimeoutMillis).isEqualTo((int) DatabaseTimeouts.REQUEST.socket().toMillis());
        }
    }
}
