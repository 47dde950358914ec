package app.cinesync.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CineSync process that is killed ({@code kill -9}) leaves its PostgreSQL running on the data
 * directory. The next start must recover by itself, with every committed row, and must never
 * take over a directory that a live process still uses.
 */
class EmbeddedDatabaseRecoveryIT {
    @TempDir
    Path dir;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    /** Starts {@link EmbeddedDatabaseHolder} in a separate JVM on {@code dir}; returns once it has committed its row. */
    private Process holderProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseHolder.class.getName(), dir.resolve("pgdata").toString())
                .redirectErrorStream(true).start();
        children.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.equals(EmbeddedDatabaseHolder.READY)) {
                return p;
            }
        }
        throw new AssertionError("the holder process ended before it was ready:\n" + seen);
    }

    private static String query(EmbeddedDatabase pg, String sql) throws SQLException {
        try (Connection c = pg.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void start_afterTheOwningProcessWasKilled_stopsTheOrphanedServerAndKeepsTheData() throws Exception {
        Process owner = holderProcess();
        long orphanPid = DataDirectoryRecovery.postmasterPid(dir.resolve("pgdata")).orElseThrow();
        owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9: no shutdown hook runs
        assertThat(ProcessHandle.of(orphanPid)).as("PostgreSQL outlives its owner").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedDatabase again = EmbeddedDatabase.start(dir.resolve("pgdata"))) {
            assertThat(query(again, "SELECT count(*) FROM survivor")).isEqualTo("1");
            assertThat(again.postmasterPid().orElseThrow()).isNotEqualTo(orphanPid);
        }
        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
    }

    @Test
    void start_whileAnotherLiveProcessUsesTheDirectory_failsAtOnceSayingWhatToDo() throws Exception {
        Process owner = holderProcess();
        assertThatThrownBy(() -> EmbeddedDatabase.start(dir.resolve("pgdata")))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("in use by another running CineSync process")
                .hasMessageContaining("--data-dir");
        assertThat(owner.isAlive()).as("the owner's server was left alone").isTrue();
    }

    @Test
    void start_whenPostgresRefuses_putsItsOwnWordsInTheError() throws Exception {
        Path notEmpty = java.nio.file.Files.createDirectories(dir.resolve("photos"));
        java.nio.file.Files.writeString(notEmpty.resolve("holiday.jpg"), "not a database");
        assertThatThrownBy(() -> EmbeddedDatabase.start(notEmpty))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("exists but is not empty")
                .hasMessageContaining("photos.log");
    }

    @Test
    void start_withADataDirectory_acknowledgesOnlyDurableCommits() throws SQLException {
        try (EmbeddedDatabase pg = EmbeddedDatabase.start(dir.resolve("pgdata"))) {
            for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes")) {
                assertThat(query(pg, "SHOW " + setting)).as(setting).isEqualTo("on");
            }
        }
    }
}
