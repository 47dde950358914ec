package app.cinesync.core.catalog;

import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.FactoryDataSource;
import app.cinesync.core.db.Migrations;
import app.cinesync.core.db.PooledConnections;
import java.util.List;

/** Loads films into the database in one transaction: all of them or none. */
public final class CatalogLoader {
    private CatalogLoader() {
    }

    /** Stores every film (merging with films already there); returns how many. */
    public static int load(Database db, List<Movie> movies) {
        return db.inTransaction(c -> {
            for (Movie m : movies) {
                JdbcMovieRepository.upsert(c, m);
            }
            return movies.size();
        });
    }

    public static int loadBundled(Database db) {
        return load(db, BundledCatalog.load());
    }

    /** Loads the bundled catalog into an empty catalog only (an imported or curated one is left alone); returns the films loaded. */
    public static int loadBundledIfEmpty(Database db) {
        return new JdbcMovieRepository(db).count() == 0 ? loadBundled(db) : 0;
    }

    /** What a deploy runs: the migrations, then the bundled catalog if the catalog is empty. Returns a one-line summary. */
    public static String migrateAndLoadBundled(ConnectionFactory connections) {
        var result = Migrations.migrate(new FactoryDataSource(connections));
        try (Database db = new Database(new PooledConnections(connections, 1))) {
            int films = loadBundledIfEmpty(db);
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            return "schema at version " + version + " (" + result.migrationsExecuted + " applied now); "
                    + (films > 0 ? "bundled catalog of " + films + " films loaded" : "catalog already present");
        }
    }
}
