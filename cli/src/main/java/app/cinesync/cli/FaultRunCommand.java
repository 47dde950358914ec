package app.cinesync.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fault-run}: ratings through the local endpoint while the embedded PostgreSQL is killed; then it counts. */
@Command(name = "fault-run", mixinStandardHelpOptions = true,
        description = "Rate films through the signed local endpoint while the embedded PostgreSQL is killed (SIGKILL) and restarted,"
                + " then count acknowledged ratings, lost ones and latency. Uses a fresh data directory, removed afterwards.")
public final class FaultRunCommand implements Callable<Integer> {
    @Option(names = "--members", defaultValue = "8", description = "Members rating at once (default ${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--kills", defaultValue = "6", description = "SIGKILLs of PostgreSQL, the last one at the end (default ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seconds-between", defaultValue = "10",
            description = "Seconds of load before each kill, counted from the previous restart (default ${DEFAULT-VALUE}).")
    int secondsBetween;

    @Option(names = "--synchronous-commit", defaultValue = "on",
            description = "PostgreSQL's synchronous_commit: on (what CineSync runs with) or off (to see what it would lose).")
    String synchronousCommit;

    @Override
    public Integer call() throws InterruptedException {
        Path dir = tempDir();
        try {
            FaultRun.Plan plan = new FaultRun.Plan(dir.resolve("pgdata"), members, kills, Duration.ofSeconds(secondsBetween),
                    Map.of("synchronous_commit", synchronousCommit));
            System.out.printf(Locale.ROOT, "fault run: %d members rating, PostgreSQL killed %d times, each after %d s of load,"
                    + " synchronous_commit=%s%n", members, kills, secondsBetween, synchronousCommit);
            FaultRun.Result r = new FaultRun(plan).run();
            print(r);
            return r.lost() == 0 && r.wrongStars() == 0 && r.countersAgree() ? 0 : 1;
        } finally {
            delete(dir);
        }
    }

    static void print(FaultRun.Result r) {
        System.out.printf(Locale.ROOT, "kills of PostgreSQL (SIGKILL)      %d (restart took %s)%n", r.kills(),
                r.restarts().stream().map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)).toList());
        System.out.printf(Locale.ROOT, "ratings acknowledged (\"saved\")     %d%n", r.acknowledged());
        System.out.printf(Locale.ROOT, "  of them lost after the crashes   %d%n", r.lost());
        System.out.printf(Locale.ROOT, "  of them with other stars         %d%n", r.wrongStars());
        System.out.printf(Locale.ROOT, "ratings told \"not saved\"           %d%n", r.refused());
        System.out.printf(Locale.ROOT, "requests without an answer         %d%n", r.unanswered());
        System.out.printf(Locale.ROOT, "counters agree with the ratings    %s%n", r.countersAgree() ? "yes" : "NO");
        System.out.printf(Locale.ROOT, "latency to the edited reply (acknowledged): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                r.percentile(0.50).toMillis(), r.percentile(0.95).toMillis(), r.percentile(0.99).toMillis(), r.percentile(1.0).toMillis());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("cinesync-fault-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }
}
