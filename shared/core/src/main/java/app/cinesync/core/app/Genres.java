package app.cinesync.core.app;

import java.util.List;
import java.util.Optional;

/** The genre vocabulary (MovieLens's, less "IMAX" and "(no genres listed)"), as the commands offer it. */
public final class Genres {
    public static final List<String> ALL = List.of("Action", "Adventure", "Animation", "Children", "Comedy", "Crime",
            "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi",
            "Thriller", "War", "Western");

    private Genres() {
    }

    /** The canonical spelling of {@code name}, ignoring case and a missing hyphen ("scifi", "film noir"). */
    public static Optional<String> find(String name) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return ALL.stream().filter(g -> g.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "").equals(key)).findFirst();
    }
}
