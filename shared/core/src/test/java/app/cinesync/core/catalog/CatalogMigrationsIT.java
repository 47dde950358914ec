package app.cinesync.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.JdbcCatalogReader;
import app.cinesync.core.recommend.JdbcFeedbackRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The migrations that mend catalogs stored by earlier versions, played over such a catalog as a deploy would. */
class CatalogMigrationsIT {
    private static final Instant EARLIER = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-03T10:00:00Z");

    @Test
    void migration8_takesImaxOutOfTheGenres_rebuildsThoseFilmsVectors_andDropsTheProfilesListingIt() {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo("7")) {
            Database db = scratch.db();
            JdbcMovieRepository movies = new JdbcMovieRepository(db);
            long imax = movies.upsert(film("Planted Orbit", 2031, "tt9900001", "Sci-Fi", "IMAX"));
            long plain = movies.upsert(film("Planted Meadow", 2031, "tt9900002", "Drama"));
            update(db, """
                    INSERT INTO user_preferences (discord_user_id, favorite_genres) VALUES
                      (1, '[{"name": "IMAX", "score": 1.0, "count": 6, "meanRating": 5.0}, {"name": "Sci-Fi", "score": 0.5, "count": 6, "meanRating": 5.0}]'),
                      (2, '[{"name": "Drama", "score": 1.0, "count": 3, "meanRating": 4.0}]')""");

            scratch.migrate();

            assertThat(movies.findById(imax).orElseThrow().genres()).containsExactly("Sci-Fi");
            assertThat(movies.findById(plain).orElseThrow().genres()).containsExactly("Drama");
            assertThat(longs(db, "SELECT discord_user_id FROM user_preferences")).containsExactly(2L);
            assertThat(longs(db, "SELECT movie_id FROM item_vectors WHERE feature_version <> " + ItemVectorizer.FEATURE_VERSION))
                    .containsExactly(imax);
            CatalogSnapshot snapshot = new JdbcCatalogReader(db, Clock.systemUTC()).load();
            assertThat(snapshot.vector(snapshot.indexOf(imax)).toDense())
                    .containsExactly(ItemVectorizer.vectorize(film("Planted Orbit", 2031, "tt9900001", "Sci-Fi")).toDense());
        }
    }

    @Test
    void migration11_movesImportedUsersOutOfTheDiscordIds_andDropsTheProfilesTheyShared() {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo("10")) {
            Database db = scratch.db();
            JdbcMovieRepository movies = new JdbcMovieRepository(db);
            long film = movies.upsert(film("Planted Meadow", 2031, "tt9900002", "Drama"));
            update(db, "INSERT INTO ratings (discord_user_id, movie_id, rating, source) VALUES (414, " + film + ", 4.0, 'import'), "
                    + "(1300000000000000001, " + film + ", 3.0, 'discord')");
            update(db, "INSERT INTO user_preferences (discord_user_id, favorite_genres) VALUES (414, '[]'), (1300000000000000001, '[]')");

            scratch.migrate();

            assertThat(longs(db, "SELECT discord_user_id FROM ratings ORDER BY discord_user_id")).containsExactly(-414L, 1300000000000000001L);
            assertThat(longs(db, "SELECT discord_user_id FROM user_preferences")).containsExactly(1300000000000000001L);
        }
    }

    @Test
    void migration9_mergesTheBundledCopyOfAFilmIntoTheImportedOne_movingRatingsAnswersAndSkips_keepingTheBundledNames() {
        try (ScratchDatabase scratch = ScratchDatabase.migratedTo("8")) {
            Database db = scratch.db();
            int bundled = CatalogLoader.load(db, BundledCatalog.load().stream().map(CatalogMigrationsIT::asStoredBefore).toList());
            JdbcMovieRepository movies = new JdbcMovieRepository(db);
            long starWarsCopy = idOf(movies, "star wars", 1977);
            long se7enCopy = idOf(movies, "se7en", 1995);
            long julesCopy = idOf(movies, "jules and jim", 1962);
            long starWars = movies.upsert(imported("Star Wars: Episode IV - A New Hope", 1977, "tt0076759", 260));
            long se7en = movies.upsert(imported("Seven (a.k.a. Se7en)", 1995, "tt0114369", 47));
            long jules = movies.upsert(imported("Jules and Jim (Jules et Jim)", 1961, "tt0055032", 2732));
            db.inTransaction(c -> {
                try (JdbcRatingRepository.Import community = new JdbcRatingRepository.Import(c)) {
                    for (long film : List.of(starWars, se7en, jules)) {
                        for (long user = 1; user <= 3; user++) {
                            community.add(user, film, 4.0, EARLIER);
                        }
                    }
                    community.finish();
                }
                return null;
            });
            rate(db, movies, 1001, starWarsCopy, 4.0, EARLIER);
            rate(db, movies, 1001, starWars, 5.0, LATER);
            rate(db, movies, 1002, se7en, 2.0, EARLIER);
            rate(db, movies, 1002, se7enCopy, 3.0, LATER);
            rate(db, movies, 1003, julesCopy, 4.5, EARLIER);
            JdbcFeedbackRepository feedback = new JdbcFeedbackRepository(db);
            feedback.dismiss(1004, se7enCopy, EARLIER);
            feedback.dismiss(1004, se7en, LATER);
            feedback.skip(1004, starWarsCopy, EARLIER);

            scratch.migrate();

            assertThat(longs(db, "SELECT count(*) FROM movies")).as("the three copies gone").containsExactly((long) bundled);
            assertThat(longs(db, "SELECT movie_id FROM movies WHERE movie_id IN (%d, %d, %d)".formatted(starWarsCopy, se7enCopy, julesCopy))).isEmpty();
            assertThat(movies.findById(starWars).orElseThrow()).satisfies(m -> {
                assertThat(m.displayTitle()).isEqualTo("Star Wars (1977)");
                assertThat(m.directors()).containsExactly("George Lucas");
                assertThat(m.movielensId()).isEqualTo(260L);
            });
            assertThat(movies.findById(se7en).orElseThrow().displayTitle()).isEqualTo("Se7en (1995)");
            assertThat(movies.findById(jules).orElseThrow().displayTitle()).isEqualTo("Jules and Jim (1962)");
            assertThat(movies.findByTitle("star wars", 1977)).extracting(Movie::id).containsExactly(starWars);
            assertThat(ratings(db, 1001)).as("rated both: the newer stands").containsExactly(starWars + "=5.0");
            assertThat(ratings(db, 1002)).as("rated both: the newer stands").containsExactly(se7en + "=3.0");
            assertThat(ratings(db, 1003)).containsExactly(jules + "=4.5");
            assertThat(longs(db, "SELECT movie_id FROM recommendation_feedback WHERE discord_user_id = 1004")).containsExactly(se7en);
            assertThat(longs(db, "SELECT movie_id FROM quick_rate_skips WHERE discord_user_id = 1004")).containsExactly(starWars);
            assertThat(longs(db, "SELECT rating_count * 100 + rating_sum * 10 FROM movies WHERE movie_id IN (%d, %d, %d) ORDER BY movie_id"
                    .formatted(starWars, se7en, jules))).containsExactly(400L + 170, 400L + 150, 400L + 165);
            assertThat(longs(db, "SELECT count(*) FROM movies m WHERE rating_count <> (SELECT count(*) FROM ratings r WHERE r.movie_id = m.movie_id)"))
                    .containsExactly(0L);
            assertThat(longs(db, "SELECT movie_id FROM item_vectors WHERE feature_version <> " + ItemVectorizer.FEATURE_VERSION + " ORDER BY movie_id"))
                    .containsExactly(starWars, se7en, jules);
        }
    }

    @Test
    void migration9_namesOnlyBundledFilms_byTheirTitleYearAndImdbId() throws IOException {
        String sql;
        try (InputStream in = CatalogMigrationsIT.class.getClassLoader().getResourceAsStream("db/migration/V9__one_film_per_film.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> named = new ArrayList<>();
        Matcher row = Pattern.compile("\\('((?:[^']|'')+)', (\\d{4}), '(tt\\d+)'\\)").matcher(sql);
        while (row.find()) {
            named.add(row.group(1).replace("''", "'") + " (" + row.group(2) + ") " + row.group(3));
        }

        assertThat(named).hasSize(31).isSubsetOf(BundledCatalog.load().stream().map(m -> m.displayTitle() + " " + m.imdbId()).toList());
    }

    /** A bundled film as versions before IMDb ids stored it. */
    private static Movie asStoredBefore(Movie m) {
        return new Movie(0, m.title(), m.year(), m.genres(), m.directors(), m.cast(), m.tags(), null, null, null);
    }

    private static Movie imported(String title, int year, String imdbId, long movielensId) {
        return new Movie(0, title, year, List.of("Drama"), List.of(), List.of(), List.of("imported"), imdbId, null, movielensId);
    }

    private static Movie film(String title, int year, String imdbId, String... genres) {
        return new Movie(0, title, year, List.of(genres), List.of("Ann Director"), List.of(), List.of(), imdbId, null, null);
    }

    private static long idOf(JdbcMovieRepository movies, String folded, int year) {
        return movies.findByTitle(folded, year).getFirst().id();
    }

    private static void rate(Database db, JdbcMovieRepository movies, long member, long film, double stars, Instant at) {
        new JdbcRatingRepository(db).rate(member, film, new Stars(stars), at, ItemVectorizer.vectorize(movies.findById(film).orElseThrow()), null);
    }

    private static List<String> ratings(Database db, long member) {
        return new JdbcRatingRepository(db).ratingsOf(member).stream().map(r -> r.movieId() + "=" + r.stars().value()).toList();
    }

    private static void update(Database db, String sql) {
        db.inTransaction(c -> c.createStatement().executeUpdate(sql));
    }

    private static List<Long> longs(Database db, String sql) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
