package app.cinesync.cli;

import app.cinesync.core.catalog.CatalogLoader;
import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.core.db.FactoryDataSource;
import app.cinesync.core.db.Migrations;
import app.cinesync.core.db.PooledConnections;
import app.cinesync.embedded.EmbeddedDatabase;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Which PostgreSQL: {@code DATABASE_URL} when set (either {@code postgresql://user:pass@host:port/db}
 * or a JDBC URL), else an embedded PostgreSQL 17 keeping its data in {@code --data-dir}.
 */
public final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the embedded PostgreSQL keeps its data (default: $CINESYNC_DATA_DIR or .cinesync/pgdata). Ignored when DATABASE_URL is set.")
    Path dataDir;

    /** For import, training and migrations: long statements allowed ({@link DatabaseTimeouts#BATCH}). */
    public Opened open() {
        return open(DatabaseTimeouts.BATCH);
    }

    /** For the endpoint, where members wait: the timeouts of Rate-, Recommend- and StatsFunction ({@link DatabaseTimeouts#REQUEST}). */
    public Opened openForRequests() {
        return open(DatabaseTimeouts.REQUEST);
    }

    /**
     * An open, migrated database with the bundled catalog loaded if it has no films yet. The
     * migrations always run with {@link DatabaseTimeouts#BATCH}: an index on a large catalog may
     * take longer than a request may.
     */
    private Opened open(DatabaseTimeouts timeouts) {
        String url = System.getenv("DATABASE_URL");
        EmbeddedDatabase embedded = null;
        Function<DatabaseTimeouts, ConnectionFactory> factory;
        String where;
        if (url != null && !url.isBlank()) {
            Jdbc jdbc = Jdbc.parse(url);
            factory = t -> ConnectionFactory.jdbc(jdbc.url(), jdbc.properties(), t);
            where = "PostgreSQL at " + jdbc.redacted();
        } else {
            Path dir = dataDir != null ? dataDir
                    : Path.of(System.getenv().getOrDefault("CINESYNC_DATA_DIR", ".cinesync/pgdata"));
            embedded = EmbeddedDatabase.start(dir.toAbsolutePath());
            String embeddedUrl = embedded.jdbcUrl();
            factory = t -> ConnectionFactory.jdbc(embeddedUrl, t);
            where = "embedded PostgreSQL 17 (data in " + dir.toAbsolutePath() + ")";
        }
        Migrations.migrate(new FactoryDataSource(factory.apply(DatabaseTimeouts.BATCH)));
        Database db = new Database(new PooledConnections(factory.apply(timeouts), 8));
        CatalogLoader.loadBundledIfEmpty(db);
        return new Opened(db, embedded, where, new app.cinesync.core.catalog.JdbcMovieRepository(db).count());
    }

    /** An opened database; closing it stops the embedded server, if any. */
    public record Opened(Database db, EmbeddedDatabase embedded, String where, long films) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** A JDBC URL and its credentials, from either URL form. Never prints the password. */
    record Jdbc(String url, Properties properties, String redacted) {
        static Jdbc parse(String given) {
            Properties props = new Properties();
            if (given.startsWith("jdbc:")) {
                return new Jdbc(given, props, withoutQuery(given));
            }
            URI uri = URI.create(given);
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                props.setProperty("user", URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
                if (parts.length > 1) {
                    props.setProperty("password", URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
                }
            }
            String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String url = "jdbc:postgresql://" + hostPort + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new Jdbc(url, props, withoutQuery(url) + (props.containsKey("user") ? " as " + props.getProperty("user") : ""));
        }

        /** What may be printed: the URL without its query, where passwords can hide. */
        private static String withoutQuery(String url) {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }
}
