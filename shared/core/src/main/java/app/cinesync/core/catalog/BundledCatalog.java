package app.cinesync.core.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog shipped in the jar ({@code catalog/films.csv}): well-known films with year,
 * genres, directors, top-billed cast and tags, written by the team as facts. Columns:
 * {@code title,year,genres,directors,cast,tags,imdb_id}, lists separated by {@code |}.
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
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Movie> parse(BufferedReader reader) {
        List<Movie> movies = new ArrayList<>();
        boolean header = true;
        for (Csv.Row row : new Csv(reader)) {
            if (header) {
                header = false;
                continue;
            }
            if (row.fields().size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            try {
                movies.add(new Movie(0, row.get(0), Integer.valueOf(row.get(1).strip()), Csv.list(row.get(2)),
                        Csv.list(row.get(3)), Csv.list(row.get(4)), Csv.list(row.get(5)), row.get(6), null, null));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return movies;
    }
}
