package app.cinesync.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalog shipped in the jar ({@code catalog/films.csv}): well-known films with year,
 * genres, directors, top-billed cast, tags and IMDb id, written by the team as facts. Columns:
 * {@code title,year,genres,directors,cast,tags,imdb_id}, lists separated by {@code |}. Every film
 * has its IMDb id: it is how an imported copy of the film ("Star Wars: Episode IV - A New Hope")
 * is known to be the bundled one ("Star Wars").
 */
public final class BundledCatalog {
    public static final String RESOURCE = "catalog/films.csv";

    private BundledCatalog() {
    }

    public static List<Movie> load() {
        try (InputStream in = BundledCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Movie> parse(Reader reader) throws IOException {
        List<Movie> movies = new ArrayList<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            try {
                movies.add(new Movie(0, row.get(0), Integer.valueOf(row.get(1).strip()), MovieLensFiles.list(row.get(2)),
                        MovieLensFiles.list(row.get(3)), MovieLensFiles.list(row.get(4)), MovieLensFiles.list(row.get(5)), row.get(6), null, null));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " row " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
        return movies;
    }
}
