package app.cinesync.core.testing;

import app.cinesync.core.catalog.CatalogLoader;
import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.core.db.Migrations;
import app.cinesync.core.db.PooledConnections;
import app.cinesync.embedded.EmbeddedDatabase;
import java.sql.Statement;

/**
 * One real embedded PostgreSQL 17 per test JVM, migrated with the project's Flyway files and
 * loaded with the bundled catalog; {@link #reset()} empties everything members wrote, so each
 * test starts from the catalog alone. Shared through the core test-jar by every module's tests.
 */
public final class TestDatabase {
    private static EmbeddedDatabase postgres;
    private static Database database;

    private TestDatabase() {
    }

    /** The database, started on first use and stopped when the JVM exits. */
    public static synchronized Database get() {
        if (database == null) {
            postgres = EmbeddedDatabase.startTemporary();
            Migrations.migrate(postgres.dataSource());
            database = new Database(new PooledConnections(ConnectionFactory.jdbc(postgres.jdbcUrl(), DatabaseTimeouts.REQUEST), 8));
            CatalogLoader.loadBundled(database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                postgres.close();
            }));
        }
        return database;
    }

    public static synchronized EmbeddedDatabase embedded() {
        get();
        return postgres;
    }

    /** New connections to it, with the timeouts of requests in AWS ({@link DatabaseTimeouts#REQUEST}). */
    public static ConnectionFactory connectionFactory() {
        return ConnectionFactory.jdbc(embedded().jdbcUrl(), DatabaseTimeouts.REQUEST);
    }

    /** Deletes all ratings, dismissals, embeddings, profiles, weights and trained models, and zeroes the films' counters. */
    public static void reset() {
        get().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("TRUNCATE ratings, user_embeddings, user_preferences, applied_interactions, recommendation_feedback, quick_rate_skips, model_versions CASCADE");
                st.executeUpdate("UPDATE movies SET rating_count = 0, rating_sum = 0 WHERE rating_count <> 0");
            }
            return null;
        });
    }
}
