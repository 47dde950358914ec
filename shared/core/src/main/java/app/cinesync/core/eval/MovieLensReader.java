package app.cinesync.core.eval;

import app.cinesync.core.catalog.Csv;
import app.cinesync.core.catalog.Movie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MovieLens-format files into memory. Films get {@code id = movielensId = movieId}, so
 * that eval film ids are MovieLens ids throughout.
 * <ul>
 *   <li>ratings: {@code userId,movieId,rating,timestamp} with a header row;</li>
 *   <li>movies: {@code movieId,title,genres}; the year is the trailing {@code (YYYY)} of the title
 *       and {@code (no genres listed)} means none;</li>
 *   <li>tags (optional): {@code userId,movieId,tag,timestamp}; a film keeps its tags by descending
 *       frequency (ties: first seen);</li>
 *   <li>links (optional): {@code movieId,imdbId,tmdbId};</li>
 *   <li>people (optional, HetRec {@code movie_directors.dat} / {@code movie_actors.dat} layout):
 *       tab-separated {@code movieID, personID, personName[, ranking]}, header skipped, UTF-8.</li>
 * </ul>
 */
public final class MovieLensReader {
    private static final Pattern YEAR = Pattern.compile("^(.*?)\\s*\\((\\d{4})\\)\\s*$");

    private MovieLensReader() {
    }

    public static List<Interaction> ratings(Path file) {
        List<Interaction> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Csv.Row row : new Csv(in)) {
                if (row.line() == 1 && row.get(0).equals("userId")) {
                    continue;
                }
                out.add(new Interaction(Long.parseLong(row.get(0).strip()), Long.parseLong(row.get(1).strip()),
                        Double.parseDouble(row.get(2).strip()), Long.parseLong(row.get(3).strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad ratings file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The films of {@code movies}, enriched with whichever optional files are given (null = absent). */
    public static List<Movie> movies(Path movies, Path tags, Path links, Path directors, Path cast) {
        Map<Long, List<String>> tagLists = tags == null ? Map.of() : tags(tags);
        Map<Long, String[]> linkRows = links == null ? Map.of() : links(links);
        Map<Long, List<String>> directorLists = directors == null ? Map.of() : people(directors);
        Map<Long, List<String>> castLists = cast == null ? Map.of() : people(cast);
        List<Movie> out = new ArrayList<>();
        for (Csv.Row row : rows(movies, StandardCharsets.UTF_8)) {
            long id = Long.parseLong(row.get(0).strip());
            String title = row.get(1).strip();
            Integer year = null;
            Matcher m = YEAR.matcher(title);
            if (m.matches() && !m.group(1).isBlank()) {
                title = m.group(1);
                year = Integer.parseInt(m.group(2));
            }
            if (title.isEmpty()) {
                title = "MovieLens " + id;
            }
            List<String> genres = row.get(2).equals("(no genres listed)") ? List.of() : Csv.list(row.get(2));
            String[] link = linkRows.get(id);
            String imdb = link == null || link[0].isBlank() ? null : "tt" + link[0].strip();
            Long tmdb = link == null || link[1].isBlank() ? null : Long.parseLong(link[1].strip());
            out.add(new Movie(id, title.length() > Movie.MAX_TITLE ? title.substring(0, Movie.MAX_TITLE) : title, year,
                    genres, directorLists.getOrDefault(id, List.of()), castLists.getOrDefault(id, List.of()),
                    tagLists.getOrDefault(id, List.of()), imdb, tmdb, id));
        }
        return out;
    }

    static Map<Long, List<String>> tags(Path file) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        for (Csv.Row row : rows(file, StandardCharsets.UTF_8)) {
            String tag = row.get(2).strip();
            if (!tag.isEmpty()) {
                counts.computeIfAbsent(Long.parseLong(row.get(1).strip()), k -> new LinkedHashMap<>()).merge(tag, 1, Integer::sum);
            }
        }
        Map<Long, List<String>> out = new HashMap<>();
        counts.forEach((id, c) -> out.put(id, c.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).map(Map.Entry::getKey).toList()));
        return out;
    }

    static Map<Long, String[]> links(Path file) {
        Map<Long, String[]> out = new HashMap<>();
        for (Csv.Row row : rows(file, StandardCharsets.UTF_8)) {
            out.put(Long.parseLong(row.get(0).strip()), new String[] {row.get(1), row.get(2)});
        }
        return out;
    }

    /** HetRec people files: tab-separated, header skipped, in file order (for cast: billing order). */
    static Map<Long, List<String>> people(Path file) {
        Map<Long, List<String>> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, Charset.forName("UTF-8"))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                if (f.length >= 3 && !f[2].isBlank()) {
                    out.computeIfAbsent(Long.parseLong(f[0].strip()), k -> new ArrayList<>()).add(f[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** CSV rows after the header. */
    private static List<Csv.Row> rows(Path file, Charset charset) {
        try (BufferedReader in = Files.newBufferedReader(file, charset)) {
            List<Csv.Row> out = new ArrayList<>();
            for (Csv.Row row : new Csv(in)) {
                if (row.line() > 1) {
                    out.add(row);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
