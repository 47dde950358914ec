package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing MovieLens-format files over the bundled catalog: each film is stored once, whatever
 * MovieLens calls it, by its IMDb id; on planted files written here, each as MovieLens writes the title.
 */
class BundledCatalogImportIT {
    /** Bundled films ("title (year)") and the same film's line as MovieLens titles it, once stored twice. */
    private static final Map<String, String> MOVIELENS_TITLES = new LinkedHashMap<>();

    static {
        MOVIELENS_TITLES.put("Star Wars (1977)", "Star Wars: Episode IV - A New Hope (1977)");
        MOVIELENS_TITLES.put("The Empire Strikes Back (1980)", "Star Wars: Episode V - The Empire Strikes Back (1980)");
        MOVIELENS_TITLES.put("Return of the Jedi (1983)", "Star Wars: Episode VI - Return of the Jedi (1983)");
        MOVIELENS_TITLES.put("Se7en (1995)", "Seven (a.k.a. Se7en) (1995)");
        MOVIELENS_TITLES.put("Sunset Boulevard (1950)", "Sunset Blvd. (a.k.a. Sunset Boulevard) (1950)");
        MOVIELENS_TITLES.put("8½ (1963)", "8 1/2 (8½) (1963)");
        MOVIELENS_TITLES.put("MASH (1970)", "M*A*S*H (a.k.a. MASH) (1970)");
        MOVIELENS_TITLES.put("Les Diaboliques (1955)", "Diabolique (Les diaboliques) (1955)");
        MOVIELENS_TITLES.put("Castle in the Sky (1986)", "Laputa: Castle in the Sky (Tenkû no shiro Rapyuta) (1986)");
        MOVIELENS_TITLES.put("Bram Stoker's Dracula (1992)", "Dracula (Bram Stoker's Dracula) (1992)");
        MOVIELENS_TITLES.put("Y tu mamá también (2001)", "And Your Mother Too (Y tu mamá también) (2001)");
        MOVIELENS_TITLES.put("Harry Potter and the Philosopher's Stone (2001)",
                "Harry Potter and the Sorcerer's Stone (a.k.a. Harry Potter and the Philosopher's Stone) (2001)");
        MOVIELENS_TITLES.put("The Intouchables (2011)", "Intouchables (2011)");
        MOVIELENS_TITLES.put("Birdman (2014)", "Birdman: Or (The Unexpected Virtue of Ignorance) (2014)");
        MOVIELENS_TITLES.put("The Lodger (1927)", "\"Lodger: A Story of the London Fog, The (1927)\"");
        MOVIELENS_TITLES.put("Pather Panchali (1955)", "Song of the Little Road (Pather Panchali) (1955)");
        MOVIELENS_TITLES.put("Jules and Jim (1962)", "Jules and Jim (Jules et Jim) (1961)");
        MOVIELENS_TITLES.put("Moonlight (2016)", "Moonlight");
        MOVIELENS_TITLES.put("Oldboy (2003)", "Old Boy (2003)");
        MOVIELENS_TITLES.put("Three Colours: Blue (1993)", "Three Colors: Blue (Trois couleurs: Bleu) (1993)");
    }

    private static final long MEMBER = 700_000_000_000_000_001L;
    private static final Map<String, Movie> BUNDLED = BundledCatalog.load().stream()
            .collect(Collectors.toMap(Movie::displayTitle, Function.identity()));

    @TempDir
    Path dir;

    @Test
    void import_overTheBundledCatalog_storesEachFilmOnce_underTheBundledTitle_withTheCommunitysRatingsAndTheMembers()
            throws IOException {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo(null)) {
            Database db = scratch.db();
            int bundled = CatalogLoader.loadBundled(db);
            Movie starWars = new JdbcMovieRepository(db).findByTitle("star wars", 1977).getFirst();
            new JdbcRatingRepository(db).rate(MEMBER, starWars.id(), new Stars(4.5), Instant.parse("2026-01-02T10:00:00Z"),
                    ItemVectorizer.vectorize(starWars), null);

            ImportReport report = MovieLensImporter.importFiles(db, plantedFiles());

            assertThat(report.rejected()).isEmpty();
            assertThat(count(db, "SELECT count(*) FROM movies")).as("only the planted film that is not bundled is new").isEqualTo(bundled + 1);
            assertThat(count(db, "SELECT count(*) FROM movies WHERE 'IMAX' = ANY (genres)")).isZero();
            JdbcMovieRepository movies = new JdbcMovieRepository(db);
            long movielensId = 900_000;
            for (String title : MOVIELENS_TITLES.keySet()) {
                Movie film = BUNDLED.get(title);
                long id = ++movielensId;
                assertThat(movies.findByTitle(TitleFolding.fold(film.title()), film.year())).as(title).singleElement().satisfies(m -> {
                    assertThat(m.displayTitle()).isEqualTo(title);
                    assertThat(m.movielensId()).isEqualTo(id);
                    assertThat(m.imdbId()).isEqualTo(film.imdbId());
                    assertThat(m.directors()).isEqualTo(film.directors());
                    assertThat(count(db, "SELECT rating_count FROM movies WHERE movie_id = " + m.id()))
                            .isEqualTo(m.id() == starWars.id() ? 4 : 3);
                });
            }
            assertThat(movies.search("star wars", 25)).extracting(Movie::displayTitle)
                    .containsOnlyOnce("Star Wars (1977)").doesNotContain("Star Wars: Episode IV - A New Hope (1977)");
            for (Map.Entry<String, String> film : MOVIELENS_TITLES.entrySet()) {
                MovieLensTitle known = MovieLensTitle.parse(film.getValue().replace("\"", ""));
                List<String> names = new java.util.ArrayList<>(known.otherNames());
                names.add(known.title());
                for (String name : names) {
                    assertThat(movies.findByTitle(TitleFolding.fold(name), BUNDLED.get(film.getKey()).year())).as("%s as %s", film.getKey(), name)
                            .singleElement().extracting(Movie::displayTitle).isEqualTo(film.getKey());
                }
            }
            assertThat(movies.findByTitle("seven", null)).as("another name, of any year").extracting(Movie::displayTitle).containsExactly("Se7en (1995)");
            assertThat(movies.search("new hope", 25)).as("typed in /rate").extracting(Movie::displayTitle).containsExactly("Star Wars (1977)");
            assertThat(movies.findByWords("a new hope", null, 2)).extracting(Movie::displayTitle).containsExactly("Star Wars (1977)");
            assertThat(movies.findByWords("new hop", null, 2)).as("whole words only").isEmpty();
            assertThat(movies.findByWords("empire strikes back", 1980, 2)).extracting(Movie::displayTitle)
                    .containsExactly("The Empire Strikes Back (1980)");
            assertThat(movies.search("sorcerer", 25)).extracting(Movie::displayTitle).first()
                    .isEqualTo("Harry Potter and the Philosopher's Stone (2001)");
            assertThat(movies.findByTitle("planted sequel", 2031)).singleElement()
                    .satisfies(m -> assertThat(m.genres()).containsExactly("Action", "Sci-Fi"));
        }
    }

    @Test
    void import_overACatalogStoredWithoutImdbIds_givesTheBundledFilmsTheirIds_andStillStoresEachFilmOnce() throws IOException {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo(null)) {
            Database db = scratch.db();
            int bundled = CatalogLoader.load(db, BUNDLED.values().stream().map(BundledCatalogImportIT::withoutImdbId).toList());

            ImportReport report = MovieLensImporter.importFiles(db, plantedFiles());

            assertThat(report.rejected()).isEmpty();
            assertThat(count(db, "SELECT count(*) FROM movies")).isEqualTo(bundled + 1);
            assertThat(count(db, "SELECT count(*) FROM movies WHERE imdb_id IS NULL")).as("the planted film has no link").isEqualTo(1);
            assertThat(new JdbcMovieRepository(db).findByTitle("alien", 1979)).singleElement()
                    .satisfies(m -> assertThat(m.imdbId()).isEqualTo(BUNDLED.get("Alien (1979)").imdbId()));
        }
    }

    @Test
    void import_withoutLinks_mergesAFilmUnderAnotherOfItsNames_butNeverAFilmWithAnotherImdbId() throws IOException {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo(null)) {
            Database db = scratch.db();
            int bundled = CatalogLoader.loadBundled(db);
            Path movies = Files.writeString(dir.resolve("movies.csv"), """
                    movieId,title,genres
                    900101,Seven (a.k.a. Se7en) (1995),Thriller
                    900102,Se7en (1995),Thriller
                    900103,Dracula (Bram Stoker's Dracula) (1992),Horror
                    900104,"Hate (Haine, La) (1995)",Drama
                    """);
            Path links = Files.writeString(dir.resolve("links.csv"), "movieId,imdbId,tmdbId\n900102,9999991,\n900103,9999992,\n");
            Path ratings = Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,900102,4.0,964982703\n");

            ImportReport report = MovieLensImporter.importFiles(db, new MovieLensFiles.Sources(movies, links, null, null, ratings));

            assertThat(report.loaded()).containsEntry("movies.csv", 3);
            assertThat(report.rejected()).extracting(ImportReport.Rejection::file, ImportReport.Rejection::line)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("movies.csv", 3), org.assertj.core.groups.Tuple.tuple("ratings.csv", 2));
            assertThat(report.rejected().getFirst().reason())
                    .isEqualTo("Se7en (1995) is IMDb tt9999991, but the catalog's Se7en (1995) is IMDb tt0114369: "
                            + "two films cannot have the same title and year");
            JdbcMovieRepository repo = new JdbcMovieRepository(db);
            assertThat(repo.findByTitle("se7en", 1995)).singleElement().satisfies(m -> {
                assertThat(m.movielensId()).as("known under its other name").isEqualTo(900101L);
                assertThat(m.imdbId()).isEqualTo("tt0114369");
            });
            assertThat(repo.findByTitle("la haine", 1995)).singleElement()
                    .satisfies(m -> assertThat(m.movielensId()).isEqualTo(900104L));
            assertThat(repo.findByTitle("hate", null)).as("by the name MovieLens gives first").singleElement()
                    .satisfies(m -> assertThat(m.movielensId()).isEqualTo(900104L));
            assertThat(repo.findByTitle("seven", 1995)).singleElement().satisfies(m -> assertThat(m.imdbId()).isEqualTo("tt0114369"));
            assertThat(repo.findByTitle("dracula", 1992)).as("the imported film of another IMDb id goes by the names in its parentheses; the title the bundle shows wins")
                    .singleElement().satisfies(m -> assertThat(m.movielensId()).isEqualTo(900103L));
            assertThat(repo.findByTitle("bram stoker s dracula", 1992)).singleElement()
                    .satisfies(m -> assertThat(m.movielensId()).as("another IMDb id: another film").isNull());
            assertThat(count(db, "SELECT count(*) FROM movies")).isEqualTo(bundled + 1);
        }
    }

    /** The planted films as MovieLens writes them, with their IMDb ids and three community ratings each. */
    private MovieLensFiles.Sources plantedFiles() throws IOException {
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        StringBuilder linked = new StringBuilder("movieId,imdbId,tmdbId\n");
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        long movieId = 900_000;
        for (Map.Entry<String, String> film : MOVIELENS_TITLES.entrySet()) {
            movieId++;
            movies.append(movieId).append(',').append(film.getValue()).append(",Drama|IMAX\n");
            linked.append(movieId).append(',').append(BUNDLED.get(film.getKey()).imdbId().substring(2)).append(",\n");
            for (int user = 1; user <= 3; user++) {
                ratings.append(user).append(',').append(movieId).append(',').append(3 + user * 0.5).append(",964982703\n");
            }
        }
        movies.append("900999,Planted Sequel (2031),Action|IMAX|Sci-Fi\n");
        return new MovieLensFiles.Sources(Files.writeString(dir.resolve("movies.csv"), movies),
                Files.writeString(dir.resolve("links.csv"), linked), null, null,
                Files.writeString(dir.resolve("ratings.csv"), ratings));
    }

    private static Movie withoutImdbId(Movie m) {
        return new Movie(0, m.title(), m.year(), m.genres(), m.directors(), m.cast(), m.tags(), null, null, null);
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
