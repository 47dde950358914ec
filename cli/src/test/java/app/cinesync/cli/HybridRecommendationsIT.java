package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.db.Database;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.JdbcModelRepository;
import app.cinesync.core.rating.JdbcRatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.RequestSigner;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With a trained collaborative model, {@code /my_recommendations} ranks with the hybrid: a
 * community with two planted tastes (Miyazaki fans, Nolan fans) is trained on, and a member's
 * very next recommendation follows each new rating, without retraining.
 */
class HybridRecommendationsIT {
    private static final RequestSigner SIGNER = RequestSigner.random();
    private static LocalServer server;
    private static List<Long> miyazaki;
    private static List<Long> nolan;

    @BeforeAll
    static void trainOnACommunityWithTwoTastes() {
        TestDatabase.reset();
        Database db = TestDatabase.get();
        miyazaki = directedBy(db, "Hayao Miyazaki");
        nolan = directedBy(db, "Christopher Nolan");
        JdbcRatingRepository ratings = new JdbcRatingRepository(db);
        JdbcMovieRepository movies = new JdbcMovieRepository(db);
        SplittableRandom random = new SplittableRandom(3);
        for (long member = 1; member <= 40; member++) {
            List<Long> taste = member % 2 == 0 ? miyazaki : nolan;
            for (int k = 0; k < 6; k++) {
                long film = taste.get(random.nextInt(taste.size()));
                ratings.rate(member, film, new Stars(4.5 + random.nextInt(2) * 0.5), Instant.ofEpochSecond(1_000_000 + member * 100 + k),
                        ItemVectorizer.vectorize(movies.findById(film).orElseThrow()), null);
            }
        }
        JdbcModelRepository models = new JdbcModelRepository(db);
        models.saveAndActivate(EaseTrainer.train(models.allRatings(), new EaseConfig(10, 0, 2)), 0);
        server = LocalServer.start(db, 0, SIGNER.publicKeyHex(), null);
    }

    @AfterAll
    static void stop() {
        server.close();
        TestDatabase.reset();
    }

    private static List<Long> directedBy(Database db, String director) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT movie_id FROM movies WHERE ? = ANY(directors) ORDER BY movie_id")) {
                ps.setString(1, director);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private static List<Long> recommendedIds(DemoClient member, JsonNode[] embed) {
        JsonNode e = member.command("my_recommendations", Map.of("count", 5)).edited().path("embeds").get(0);
        embed[0] = e;
        List<Long> ids = new ArrayList<>();
        e.path("fields").forEach(f -> {
            String title = f.path("name").asText().replaceFirst("^\\d+\\. ", "");
            ids.add(member.titleToId(title));
        });
        return ids;
    }

    @Test
    void theNextRecommendationFollowsEachNewRating_withoutRetraining() {
        DemoClient member = new DemoClient(server, SIGNER, 9_000_001, "Hybrid");
        member.command("rate", Map.of("movie", "m:" + miyazaki.get(0), "rating", 5.0));
        JsonNode[] embed = new JsonNode[1];
        List<Long> first = recommendedIds(member, embed);
        long trainedOn = TestDatabase.get().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT trained_on FROM model_versions WHERE status = 'active'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(embed[0].path("footer").path("text").asText()).startsWith(String.format(java.util.Locale.ROOT, "From %,d ratings by everyone and yours", trainedOn));
        assertThat(first).hasSize(5).allMatch(miyazaki::contains);

        for (int k = 0; k < 3; k++) {
            member.command("rate", Map.of("movie", "m:" + nolan.get(k), "rating", 5.0));
        }
        member.command("rate", Map.of("movie", "m:" + miyazaki.get(0), "rating", 1.0));
        List<Long> after = recommendedIds(member, embed);
        assertThat(after.getFirst()).isIn(nolan);
        assertThat(after).doesNotContainAnyElementsOf(nolan.subList(0, 3));
    }

    @Test
    void everyPickIsExplainedByWhatTheMemberToldUs() {
        DemoClient member = new DemoClient(server, SIGNER, 9_000_002, "Explained");
        List<String> rated = new ArrayList<>();
        List<String> genres = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            JsonNode e = member.command("rate", Map.of("movie", "m:" + miyazaki.get(k), "rating", 5.0)).edited().path("embeds").get(0);
            rated.add(e.path("title").asText().replaceFirst("^.*?\\)\\s+", "")); // "★★★★★ (5)  Title (year)"
            genres.addAll(List.of(e.path("description").asText().lines().toList().getLast().replaceFirst("^.*· ", "").split(", ")));
        }
        JsonNode[] embed = new JsonNode[1];
        List<Long> picks = recommendedIds(member, embed);

        assertThat(picks).allMatch(miyazaki::contains);
        embed[0].path("fields").forEach(f -> assertThat(f.path("value").asText()).satisfiesAnyOf(
                v -> assertThat(rated).anySatisfy(title -> assertThat(v).contains("Because you liked **" + title + "**")),
                v -> assertThat(genres).anySatisfy(g -> assertThat(v).contains("For your taste in **" + g + "**")),
                v -> assertThat(v).contains("Because you rate films by **Hayao Miyazaki** highly")));
    }
}
