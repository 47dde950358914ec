package app.cinesync.bench;

import app.cinesync.cli.DemoClient;
import app.cinesync.cli.LocalServer;
import app.cinesync.core.catalog.CatalogLoader;
import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.core.db.Migrations;
import app.cinesync.core.db.PooledConnections;
import app.cinesync.discord.RequestSigner;
import app.cinesync.embedded.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a member waits for, warm: a signed request to the local endpoint, the deferred answer,
 * the handler's work on the embedded PostgreSQL and the edit of the reply, until the edited
 * reply is there. Sampled, so JMH reports percentiles (p99 is the figure that matters).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RoundTripBench {
    @Param({"durable", "temporary"})
    String storage;
    private Path dataDirectory;
    private EmbeddedDatabase postgres;
    private Database db;
    private LocalServer server;
    private DemoClient member;
    private List<String> films;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        if (storage.equals("durable")) {
            try {
                dataDirectory = Files.createTempDirectory("cinesync-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = EmbeddedDatabase.start(dataDirectory.resolve("pg"));
        } else {
            postgres = EmbeddedDatabase.startTemporary();
        }
        Migrations.migrate(postgres.dataSource());
        db = new Database(new PooledConnections(ConnectionFactory.jdbc(postgres.jdbcUrl(), DatabaseTimeouts.REQUEST), 8));
        CatalogLoader.loadBundled(db);
        RequestSigner signer = RequestSigner.random();
        server = LocalServer.start(db, 0, signer.publicKeyHex(), null);
        member = new DemoClient(server, signer, 4242, "Bench");
        films = new JdbcMovieRepository(db).search("", 500).stream().map(Movie::id).map(id -> "m:" + id).toList();
        for (int i = 0; i < 20; i++) {
            rate();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
        db.close();
        postgres.close();
        if (dataDirectory != null) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    public DemoClient.Exchange rate() {
        String film = films.get(next++ % films.size());
        return member.command("rate", Map.of("movie", film, "rating", 0.5 + (next % 10) * 0.5));
    }

    @Benchmark
    public DemoClient.Exchange myRecommendations() {
        return member.command("my_recommendations", Map.of());
    }
}
