package app.cinesync.core.catalog;

import app.cinesync.core.embedding.ContentFeatures;
import java.util.List;
import java.util.Objects;

/**
 * A film and the metadata its content vector is built from.
 *
 * @param id          internal id ({@code movies.movie_id}); 0 before it is stored
 * @param year        release year, or null when unknown
 * @param movielensId MovieLens movieId for imported films, else null
 */
public record Movie(long id, String title, Integer year, List<String> genres, List<String> directors,
                    List<String> cast, List<String> tags, String imdbId, Long tmdbId, Long movielensId) implements ContentFeatures {
    public static final int MAX_TITLE = 300;
    /** The years a film may have (the schema's check on {@code movies.year}). */
    public static final int FIRST_YEAR = 1870;
    public static final int LAST_YEAR = 2100;

    public Movie {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + MAX_TITLE + " characters");
        }
        genres = clean(genres);
        directors = clean(directors);
        cast = clean(cast);
        tags = clean(tags);
        imdbId = imdbId == null || imdbId.isBlank() ? null : imdbId.strip();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** "Amélie (2001)". */
    public String displayTitle() {
        return year == null ? title : title + " (" + year + ")";
    }

    /** "1990s", or null when the year is unknown. */
    @Override
    public String decade() {
        return year == null ? null : (year / 10 * 10) + "s";
    }

    /** False when both films have IMDb ids and they differ: then they are two films, whatever their titles. */
    public boolean mayBe(Movie other) {
        return imdbId == null || other.imdbId == null || imdbId.equals(other.imdbId);
    }

    /** The same film under the title and year the catalog knows it by. */
    public Movie named(String newTitle, Integer newYear) {
        return new Movie(id, newTitle, newYear, genres, directors, cast, tags, imdbId, tmdbId, movielensId);
    }

    public Movie withId(long newId) {
        return new Movie(newId, title, year, genres, directors, cast, tags, imdbId, tmdbId, movielensId);
    }
}
