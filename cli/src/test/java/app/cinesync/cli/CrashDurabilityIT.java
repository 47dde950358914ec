package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rating a member was told is saved survives a crash of the database: signed /rate
 * requests through the local endpoint while the embedded PostgreSQL is killed with SIGKILL
 * twice under load, restarted on the same data directory each time: once with the load going on
 * after the restart, once before the count.
 * The same run as {@code cinesync fault-run}, shorter.
 */
class CrashDurabilityIT {
    @TempDir
    Path dir;

    @Test
    void rate_acknowledgedBeforeAKill9OfPostgres_isThereAfterTheRestart_wholeAndWithItsStars() throws Exception {
        FaultRun.Plan plan = new FaultRun.Plan(dir.resolve("pgdata"), 6, 2, Duration.ofSeconds(4), Map.of());

        FaultRun.Result r = new FaultRun(plan).run();

        assertThat(r.restarts()).as("restarted after each kill, the last one included").hasSize(2);
        assertThat(r.acknowledged()).as("a load worth the name").isGreaterThan(100);
        assertThat(r.lost()).as("acknowledged ratings missing after the crashes").isZero();
        assertThat(r.wrongStars()).isZero();
        assertThat(r.countersAgree()).as("film counters, embedding updates and applied ids match the ratings").isTrue();
    }
}
