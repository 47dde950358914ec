package app.cinesync.functions.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.testing.TestDatabase;
import app.cinesync.core.testing.TestKeys;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MigrateFunction with the CloudFormation fixtures, against fresh databases on the embedded
 * PostgreSQL, answering a local stub of the pre-signed response URL.
 */
class MigrateHandlerIT {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> responses = new CopyOnWriteArrayList<>();
    private HttpServer cloudFormation;

    @BeforeEach
    void start() throws IOException {
        cloudFormation = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudFormation.createContext("/", exchange -> {
            if (exchange.getRequestMethod().equals("PUT")) {
                responses.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        cloudFormation.start();
    }

    @AfterEach
    void stop() {
        cloudFormation.stop(0);
    }

    private CloudFormationCustomResourceEvent load(String fixture) {
        CloudFormationCustomResourceEvent event = EventLoader.loadCloudFormationCustomResourceEvent(
                TestKeys.eventsDir().resolve("cloudformation_" + fixture + ".json").toString());
        event.setResponseUrl("http://127.0.0.1:" + cloudFormation.getAddress().getPort() + "/presigned");
        return event;
    }

    private String run(ConnectionFactory db, String fixture) {
        return run(db, fixture, null);
    }

    private String run(ConnectionFactory db, String fixture, Context context) {
        return new MigrateHandler(db, new CloudFormationResponder(HttpClient.newHttpClient())).handleRequest(load(fixture), context);
    }

    /** A Lambda context with this much time left (the only part of it the handler reads). */
    private static Context remaining(Duration left) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("getRemainingTimeInMillis") ? (int) left.toMillis() : null);
    }

    /** A new, empty database on the embedded server. */
    private static ConnectionFactory freshDatabase() {
        String name = "migrate_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        TestDatabase.get().read(c -> c.createStatement().execute("CREATE DATABASE " + name));
        String url = "jdbc:postgresql://localhost:" + TestDatabase.embedded().port() + "/" + name + "?user=postgres";
        return () -> DriverManager.getConnection(url);
    }

    /** The highest V<n>__ in migrations/ (versions are consecutive from 1, so also how many there are). */
    private static int latestMigration() {
        try (var files = java.nio.file.Files.list(TestKeys.eventsDir().resolveSibling("migrations"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(ConnectionFactory db, String sql) throws SQLException {
        try (var c = db.open(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void create_migratesAnEmptyDatabase_loadsTheCatalog_andReportsSuccess() throws SQLException {
        ConnectionFactory db = freshDatabase();

        String status = run(db, "create");

        assertThat(status).isEqualTo("SUCCESS");
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.path("Status").asText()).isEqualTo("SUCCESS");
            assertThat(r.path("RequestId").asText()).isEqualTo("6f1c2a3b-0000-4000-8000-000000000001");
            assertThat(r.path("LogicalResourceId").asText()).isEqualTo("SchemaMigration");
            assertThat(r.path("PhysicalResourceId").asText()).isEqualTo("cinesync-schema");
            assertThat(r.path("Reason").asText()).contains("schema at version " + latestMigration(), latestMigration() + " applied now");
        });
        assertThat(count(db, "SELECT count(*) FROM movies")).isGreaterThan(500);
    }

    @Test
    void update_onAMigratedDatabase_appliesNothingNew_andSucceeds() throws SQLException {
        ConnectionFactory db = freshDatabase();
        run(db, "create");
        long films = count(db, "SELECT count(*) FROM movies");

        String status = run(db, "update");

        assertThat(status).isEqualTo("SUCCESS");
        assertThat(responses.get(1).path("Reason").asText()).contains("0 applied now");
        assertThat(count(db, "SELECT count(*) FROM movies")).isEqualTo(films);
    }

    @Test
    void create_whenAMigrationFails_reportsFailure_soTheDeployRollsBack() {
        ConnectionFactory db = freshDatabase();
        try (var c = db.open()) {
            c.createStatement().execute("CREATE TABLE movies (squatter INT)"); // V1 cannot create its table
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        String status = run(db, "create");

        assertThat(status).isEqualTo("FAILED");
        assertThat(responses.getFirst().path("Status").asText()).isEqualTo("FAILED");
        assertThat(responses.getFirst().path("Reason").asText()).startsWith("migration failed");
    }

    @Test
    void create_whenTheDatabaseIsUnreachable_reportsFailure() {
        String status = run(() -> {
            throw new SQLException("connection refused", "08001");
        }, "create");

        assertThat(status).isEqualTo("FAILED");
        assertThat(responses.getFirst().path("Reason").asText()).startsWith("migration failed");
    }

    @Test
    void delete_leavesTheDatabaseAlone_andSucceeds() {
        AtomicInteger opened = new AtomicInteger();

        String status = run(() -> {
            opened.incrementAndGet();
            throw new SQLException("must not be called", "08001");
        }, "delete");

        assertThat(status).isEqualTo("SUCCESS");
        assertThat(opened).hasValue(0);
        assertThat(responses.getFirst().path("PhysicalResourceId").asText()).isEqualTo("cinesync-schema");
    }

    @Test
    void create_whenTheMigrationWouldOutliveTheInvocation_answersFailedWhileThereIsTimeToAnswer() {
        CountDownLatch never = new CountDownLatch(1);

        String status = run(() -> {
            try {
                never.await(60, TimeUnit.SECONDS); // a database that hangs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("hung", "08006");
        }, "create", remaining(MigrateHandler.ANSWER_MARGIN.plusSeconds(1)));

        assertThat(status).isEqualTo("FAILED");
        assertThat(responses.getFirst().path("Reason").asText()).isEqualTo("migration failed: did not finish within 1 s");
    }

    @Test
    void delete_isAnsweredEvenWithNoTimeLeft() {
        String status = run(() -> {
            throw new SQLException("must not be called", "08001");
        }, "delete", remaining(Duration.ZERO));

        assertThat(status).isEqualTo("SUCCESS");
    }

    @Test
    void create_makesTheApplicationRole_thatWritesDataButNoSchema() throws SQLException {
        ConnectionFactory db = freshDatabase();
        run(db, "create");
        String url;
        try (var c = db.open()) {
            url = c.getMetaData().getURL().replace("user=postgres", "user=cinesync_app");
        }

        try (var app = DriverManager.getConnection(url)) {
            assertThat(app.getMetaData().getUserName()).isEqualTo("cinesync_app");
            var st = app.createStatement();
            assertThat(st.executeUpdate("INSERT INTO ratings (discord_user_id, movie_id, rating, source, rated_at) "
                    + "SELECT 7, movie_id, 4.5, 'discord', now() FROM movies ORDER BY movie_id LIMIT 1")).isEqualTo(1);
            assertThat(st.executeUpdate("DELETE FROM ratings WHERE discord_user_id = 7")).isEqualTo(1);
            assertThatThrownBy(() -> st.execute("CREATE TABLE squatter (x INT)")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.execute("DROP TABLE movies")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> st.execute("DELETE FROM flyway_schema_history")).hasMessageContaining("permission denied");
        }
    }
}
