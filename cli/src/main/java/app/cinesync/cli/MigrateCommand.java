package app.cinesync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migrate}: applies the Flyway migrations (and loads the bundled catalog into an empty database). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply the schema migrations to DATABASE_URL or the embedded PostgreSQL; an empty catalog gets the bundled films.")
public final class MigrateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        try (DatabaseOptions.Opened db = database.open()) {
            System.out.println("Schema up to date on " + db.where() + "; " + db.films() + " films in the catalog.");
        }
        return 0;
    }
}
