package app.cinesync.aws;

import app.cinesync.core.db.DatabaseTimeouts;
import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What pgJDBC, opened the way {@link RdsConnections} opens it, sends over the wire: RDS Proxy pins
 * a session to one database connection for its lifetime when the client changes session state
 * with {@code SET}, so a pinned warm container would hold a database connection until the proxy's
 * idle timeout. Recorded between the real driver and the embedded PostgreSQL.
 */
class DriverSessionIT {
    private static ConnectionFactory throughRecorder(PgWireRecorder recorder) {
        String url = "jdbc:postgresql://127.0.0.1:" + recorder.port() + "/postgres?user=postgres&sslmode=disable";
        return RdsConnections.factory(new DatabaseConfig(url, null, 0, null, null, null), DatabaseTimeouts.REQUEST.socket());
    }

    @Test
    void aSession_changesNoSessionStateWithSet_andPreparesOnlyUnnamedStatements() throws Exception {
        try (PgWireRecorder recorder = new PgWireRecorder(TestDatabase.embedded().port())) {
            try (Connection c = throughRecorder(recorder).open()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM movies WHERE movie_id > ?")) {
                    for (int i = 0; i < 10; i++) { // past pgJDBC's default threshold (5) for a named server-side statement
                        ps.setLong(1, i);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
                c.commit();
            }
            Map<String, String> startup = recorder.startupParameters();
            // pgJDBC 42.7 with its defaults: "SET application_name = 'PostgreSQL JDBC Driver'" after login, and
            // statements named S_1, S_2 from the fifth execution on (recorded with the two settings removed)
            assertThat(startup).containsKey("application_name");
            assertThat(recorder.simpleQueries()).noneMatch(sql -> sql.strip().toUpperCase(java.util.Locale.ROOT).startsWith("SET"));
            assertThat(recorder.parses()).extracting(PgWireRecorder.Parse::sql).noneMatch(sql -> sql.strip().toUpperCase(java.util.Locale.ROOT).startsWith("SET"));
            assertThat(recorder.parses()).extracting(PgWireRecorder.Parse::sql).contains("SELECT count(*) FROM movies WHERE movie_id > $1");
            assertThat(recorder.parses()).extracting(PgWireRecorder.Parse::name).containsOnly("");
        }
    }

    @Test
    void socketTimeout_isTheOneTheCallerChose() throws SQLException {
        assertThat(RdsConnections.driverProperties(DatabaseTimeouts.REQUEST.socket())).containsEntry("socketTimeout", "8").containsEntry("connectTimeout", "5");
        assertThat(RdsConnections.driverProperties(java.time.Duration.ofSeconds(270))).containsEntry("socketTimeout", "270");
    }
}
