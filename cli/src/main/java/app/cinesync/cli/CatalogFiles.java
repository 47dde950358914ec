package app.cinesync.cli;

import app.cinesync.core.catalog.ImportReport;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieLensFiles;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The catalog options of {@code import}, {@code eval} and {@code tune}: MovieLens-format films, read the same way by all three. */
final class CatalogFiles {
    @Option(names = "--movies", required = true, paramLabel = "CSV", description = "movieId,title,genres.")
    Path movies;
    @Option(names = "--tags", paramLabel = "CSV", description = "userId,movieId,tag,timestamp (content features).")
    Path tags;
    @Option(names = "--links", paramLabel = "CSV", description = "movieId,imdbId,tmdbId.")
    Path links;
    @Option(names = "--credits", paramLabel = "CSV", description = "movieId,directors,cast with | between names.")
    Path credits;

    /** These files, and a ratings file (or null). */
    MovieLensFiles.Sources sources(Path ratings) {
        return new MovieLensFiles.Sources(movies, links, tags, credits, ratings);
    }

    /** The films; a rejected row is printed and left out, as {@code import} would. */
    List<Movie> movies() {
        ImportReport report = new ImportReport();
        List<Movie> out = List.copyOf(MovieLensFiles.movies(sources(null), report).values());
        if (!report.rejected().isEmpty()) {
            System.err.print(report.summary(10));
        }
        return out;
    }
}
