package app.cinesync.cli;

import app.cinesync.core.catalog.ImportReport;
import app.cinesync.core.catalog.MovieLensImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import}: a MovieLens-format catalog (and optionally its ratings) into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import MovieLens-format files: movies.csv with optional links.csv, tags.csv, ratings.csv and a credits file (movieId,directors,cast).")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Mixin
    CatalogFiles catalog;
    @Option(names = "--ratings", paramLabel = "FILE", description = "ratings.csv (userId,movieId,rating,timestamp), stored as community ratings")
    Path ratings;

    @Override
    public Integer call() {
        for (Path p : new Path[] {catalog.movies, catalog.links, catalog.tags, catalog.credits, ratings}) {
            if (p != null && !Files.isReadable(p)) {
                System.err.println("Cannot read " + p);
                return 2;
            }
        }
        try (DatabaseOptions.Opened db = database.open()) {
            long start = System.nanoTime();
            ImportReport report = MovieLensImporter.importFiles(db.db(), catalog.sources(ratings));
            System.out.print(report.summary(20));
            System.out.printf("Imported into %s in %.1f s.%n", db.where(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }
}
