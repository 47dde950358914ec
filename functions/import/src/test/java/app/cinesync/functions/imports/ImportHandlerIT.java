package app.cinesync.functions.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.aws.AwsDatabase;
import app.cinesync.aws.DatabaseConfig;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.core.db.Database;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * ImportFunction end to end: the handler, the real S3 client against a local S3 (S3Proxy), and
 * the embedded PostgreSQL, connected as the functions' role (cinesync_app), so the import and
 * the retrain prove that role's grants suffice.
 */
class ImportHandlerIT {
    private static final String BUCKET = "cinesync-import-test";
    private static LocalS3 localS3;
    private static S3Client s3;

    private final Database asApplicationRole = AwsDatabase.open(new DatabaseConfig(
            "jdbc:postgresql://127.0.0.1:" + TestDatabase.embedded().port() + "/postgres?user=cinesync_app", null, 0, null, null, null), DatabaseTimeouts.BATCH.socket());
    private final ImportHandler handler = new ImportHandler(new BucketImport(s3, BUCKET, asApplicationRole));

    @BeforeAll
    static void startS3() throws Exception {
        localS3 = new LocalS3();
        s3 = localS3.client();
        s3.createBucket(b -> b.bucket(BUCKET));
        Path files = Path.of(ImportHandlerIT.class.getResource("/movielens/movies.csv").toURI()).getParent();
        for (String name : List.of("movies.csv", "links.csv", "tags.csv", "ratings.csv")) {
            s3.putObject(b -> b.bucket(BUCKET).key("ml-latest-small/" + name), RequestBody.fromFile(files.resolve(name)));
        }
        s3.putObject(b -> b.bucket(BUCKET).key("only-ratings/ratings.csv"), RequestBody.fromFile(files.resolve("ratings.csv")));
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
        localS3.close();
    }

    @BeforeEach
    void reset() {
        TestDatabase.reset();
    }

    private static ImportRequest fixture(String name) {
        return EventLoader.loadEvent(TestKeys.eventsDir().resolve("operator_" + name + ".json").toString(), ImportRequest.class);
    }

    private static long count(String sql) {
        return TestDatabase.get().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void import_loadsTheFoldersFiles_reportsRejectedRows_andTrainsTheModel() {
        String report = handler.handleRequest(fixture("import_movielens"), null);

        assertThat(report).contains("Imported s3://cinesync-import-test/ml-latest-small/",
                "movies.csv: 4 loaded, 0 rejected", "links.csv: 2 loaded, 0 rejected", "tags.csv: 3 loaded, 0 rejected",
                "ratings.csv: 18 loaded, 2 rejected", "rating 7 is not 0.5 to 5 in half steps", "movieId 123456789 is not in the catalog",
                "trained on 18 ratings", ": 3 films.");
        assertThat(count("SELECT count(*) FROM movies WHERE movielens_id BETWEEN 900001 AND 900004")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM movies WHERE title = 'The Orbit' AND year = 2032 AND imdb_id = 'tt9900002'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ratings WHERE source = 'import'")).isEqualTo(18);
        assertThat(count("SELECT rating_count FROM movies WHERE movielens_id = 900003")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM model_versions")).isEqualTo(1);
    }

    @Test
    void import_withoutTraining_leavesTheModelAlone() {
        ImportRequest request = fixture("import_movielens");
        request.setTrain(false);

        String report = handler.handleRequest(request, null);

        assertThat(report).contains("ratings.csv: 18 loaded").doesNotContain("trained");
        assertThat(count("SELECT count(*) FROM model_versions")).isZero();
    }

    @Test
    void import_ofAFolderWithoutMoviesCsv_saysWhatIsMissing_andStoresNothing() {
        ImportRequest request = new ImportRequest();
        request.setPrefix("only-ratings");

        assertThatThrownBy(() -> handler.handleRequest(request, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no movies.csv in s3://cinesync-import-test/only-ratings/ (found: [ratings.csv])");
        assertThat(count("SELECT count(*) FROM ratings")).isZero();
    }
}
