package app.cinesync.core.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of MovieLens-format files, for {@code import} (into PostgreSQL) and for
 * {@code eval} (in memory), so both see the same films (UTF-8 CSV with a header row, RFC 4180):
 * <ul>
 *   <li>movies: {@code movieId,title,genres}; the title is read as people write it
 *       ({@link MovieLensTitle}: "Matrix, The (1999)" is The Matrix, 1999); genres separated by
 *       {@code |}, {@code (no genres listed)} meaning none; {@code IMAX}, which MovieLens lists
 *       among the genres of films shown in that format, is a projection format and never a genre here;</li>
 *   <li>links (optional): {@code movieId,imdbId,tmdbId}; IMDb ids become {@code tt} and 7 digits;</li>
 *   <li>tags (optional): {@code userId,movieId,tag,timestamp}; tags lower-cased, at most 60
 *       characters, each film keeps its ten most used (ties alphabetical);</li>
 *   <li>credits (optional): {@code movieId,directors,cast}, names separated by {@code |}, cast in
 *       billing order;</li>
 *   <li>ratings: {@code userId,movieId,rating,timestamp}, 0.5 to 5 stars in half steps, unix seconds.</li>
 * </ul>
 * A bad row is rejected into the {@link ImportReport} with its row number and reason; the rest is read.
 * Films come with {@code id = movielensId = movieId}.
 */
public final class MovieLensFiles {
    /** The files to read; all but movies may be null. */
    public record Sources(Path movies, Path links, Path tags, Path credits, Path ratings) {
    }

    /** One row of a ratings file. */
    public record Rating(long userId, long movieId, double stars, long timestamp) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final int MAX_TAG = 60;
    private static final int TAGS_PER_FILM = 10;
    /** What MovieLens lists among a film's genres without its being one: how it was projected. */
    private static final Set<String> NOT_GENRES = Set.of("imax");

    private MovieLensFiles() {
    }

    /** The films of {@code sources.movies()}, by movieId in file order, with links, tags and credits merged in. */
    public static Map<Long, Movie> movies(Sources sources, ImportReport report) {
        return movies(sources, report, new HashMap<>());
    }

    /** {@link #movies(Sources, ImportReport)}, and in {@code lines} the line of movies each film was read from. */
    static Map<Long, Movie> movies(Sources sources, ImportReport report, Map<Long, Integer> lines) {
        Map<Long, String[]> links = sources.links() == null ? Map.of() : links(sources.links(), report);
        Map<Long, List<String>> tags = sources.tags() == null ? Map.of() : tags(sources.tags(), report);
        Map<Long, Credit> credits = sources.credits() == null ? Map.of() : credits(sources.credits(), report);
        Map<Long, Movie> out = new LinkedHashMap<>();
        read(sources.movies(), report, row -> {
            long id = Long.parseLong(row.get(0).strip());
            MovieLensTitle parsed = MovieLensTitle.parse(row.get(1));
            List<String> genres = list(row.get(2)).stream()
                    .filter(g -> !g.startsWith("(") && !NOT_GENRES.contains(g.toLowerCase(Locale.ROOT))).toList();
            String[] link = links.getOrDefault(id, new String[2]);
            Credit credit = credits.getOrDefault(id, Credit.NONE);
            Long tmdb = link[1] == null || link[1].isBlank() ? null : Long.valueOf(link[1].strip());
            out.put(id, new Movie(id, parsed.title(), parsed.year(), genres, list(credit.directors()), list(credit.cast()),
                    tags.getOrDefault(id, List.of()), link[0], tmdb, id));
            lines.put(id, line(row));
        });
        report.loaded(name(sources.movies()), out.size());
        if (sources.credits() != null) {
            String file = name(sources.credits());
            credits.forEach((id, c) -> {
                if (!out.containsKey(id)) {
                    report.reject(file, c.line(), "movieId " + id + " is not in " + name(sources.movies()));
                }
            });
            report.loaded(file, (int) credits.keySet().stream().filter(out::containsKey).count());
        }
        return out;
    }

    /** Every valid row of a ratings file, in file order, to {@code sink}. */
    public static void ratings(Path file, ImportReport report, Consumer<Rating> sink) {
        int[] n = {0};
        read(file, report, row -> {
            double stars = Double.parseDouble(row.get(2).strip());
            if (!(stars >= 0.5 && stars <= 5) || stars * 2 != Math.rint(stars * 2)) {
                throw new IllegalArgumentException("rating " + row.get(2) + " is not 0.5 to 5 in half steps");
            }
            long userId = Long.parseLong(row.get(0).strip());
            if (userId <= 0) {
                throw new IllegalArgumentException("userId " + row.get(0) + " is not a positive id");
            }
            sink.accept(new Rating(userId, Long.parseLong(row.get(1).strip()), stars, Long.parseLong(row.get(3).strip())));
            n[0]++;
        });
        report.loaded(name(file), n[0]);
    }

    private static Map<Long, String[]> links(Path file, ImportReport report) {
        Map<Long, String[]> out = new HashMap<>();
        read(file, report, row -> {
            String imdb = row.get(1).isBlank() ? null : String.format(Locale.ROOT, "tt%07d", Long.parseLong(row.get(1).strip()));
            out.put(Long.parseLong(row.get(0).strip()), new String[] {imdb, row.size() > 2 ? row.get(2).strip() : ""});
        });
        report.loaded(name(file), out.size());
        return out;
    }

    private static Map<Long, List<String>> tags(Path file, ImportReport report) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        int[] n = {0};
        read(file, report, row -> {
            String tag = row.get(2).strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty() || tag.length() > MAX_TAG) {
                throw new IllegalArgumentException("tag is empty or longer than " + MAX_TAG + " characters");
            }
            counts.computeIfAbsent(Long.parseLong(row.get(1).strip()), k -> new HashMap<>()).merge(tag, 1, Integer::sum);
            n[0]++;
        });
        report.loaded(name(file), n[0]);
        Map<Long, List<String>> out = new HashMap<>();
        counts.forEach((movie, c) -> out.put(movie, c.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TAGS_PER_FILM).map(Map.Entry::getKey).toList()));
        return out;
    }

    /** One row of a credits file: its line, and the directors and cast as written ({@code a|b}). */
    private record Credit(int line, String directors, String cast) {
        static final Credit NONE = new Credit(0, "", "");
    }

    /**
     * The rows of a credits file by movieId (counted as loaded once matched with the films); a file
     * whose header names neither directors nor cast is refused whole, before anything is stored.
     */
    private static Map<Long, Credit> credits(Path file, ImportReport report) {
        String header;
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = String.valueOf(in.readLine()).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        if (!header.contains("directors") && !header.contains("cast")) {
            throw new IllegalArgumentException(name(file) + " is not a credits file: its header must be movieId,directors,cast");
        }
        Map<Long, Credit> out = new HashMap<>();
        read(file, report, row -> out.put(Long.parseLong(row.get(0).strip()),
                new Credit(line(row), row.get(1), row.size() > 2 ? row.get(2) : "")));
        return out;
    }

    /** {@code a|b|c} as a list (blank parts dropped). */
    public static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** Each data row to {@code reader}; a row it throws on is rejected with the reason, and reading goes on. */
    static void read(Path file, ImportReport report, Consumer<CSVRecord> reader) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : FORMAT.parse(in)) {
                try {
                    reader.accept(row);
                } catch (RuntimeException e) {
                    report.reject(name(file), line(row), reason(e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(name(file) + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The row's line in its file, the header being line 1. */
    private static int line(CSVRecord row) {
        return (int) row.getRecordNumber() + 1;
    }

    private static String reason(RuntimeException e) {
        return e instanceof NumberFormatException ? "not a number: " + e.getMessage()
                : e instanceof ArrayIndexOutOfBoundsException ? "too few columns" : e.getMessage();
    }

    static String name(Path p) {
        return p.getFileName().toString();
    }
}
