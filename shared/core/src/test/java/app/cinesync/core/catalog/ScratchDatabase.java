package app.cinesync.core.catalog;

import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.core.db.FactoryDataSource;
import app.cinesync.core.db.Migrations;
import app.cinesync.core.db.PooledConnections;
import app.cinesync.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the tests' PostgreSQL server, for tests that rewrite the catalog or
 * play an older schema's data through the migrations: created migrated up to a version, dropped
 * when closed, so the shared {@link TestDatabase} keeps its bundled catalog as it is.
 */
final class ScratchDatabase implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final String name;
    private final ConnectionFactory connections;
    private final Database db;

    private ScratchDatabase(String name) {
        this.name = name;
        this.connections = ConnectionFactory.jdbc(TestDatabase.embedded().jdbcUrl().replace("/postgres?", "/" + name + "?"),
                DatabaseTimeouts.BATCH);
        this.db = new Database(new PooledConnections(connections, 2));
    }

    /** A new database with the migrations up to {@code version} applied (all of them for null). */
    static ScratchDatabase migratedTo(String version) {
        ScratchDatabase scratch = new ScratchDatabase("scratch_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet());
        admin("CREATE DATABASE " + scratch.name);
        if (version == null) {
            scratch.migrate();
        } else {
            Flyway.configure(Migrations.class.getClassLoader()).dataSource(new FactoryDataSource(scratch.connections))
                    .locations("classpath:db/migration").target(version).load().migrate();
        }
        return scratch;
    }

    /** Applies the migrations not applied yet, as a deploy does. */
    void migrate() {
        Migrations.migrate(new FactoryDataSource(connections));
    }

    Database db() {
        return db;
    }

    @Override
    public void close() {
        db.close();
        admin("DROP DATABASE " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(TestDatabase.embedded().jdbcUrl()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
