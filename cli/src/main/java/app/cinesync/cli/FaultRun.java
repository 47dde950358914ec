package app.cinesync.cli;

import app.cinesync.core.catalog.CatalogLoader;
import app.cinesync.core.catalog.JdbcMovieRepository;
import app.cinesync.core.db.ConnectionFactory;
import app.cinesync.core.db.Database;
import app.cinesync.core.db.DatabaseTimeouts;
import app.cinesync.core.db.Migrations;
import app.cinesync.core.db.PooledConnections;
import app.cinesync.core.rating.Stars;
import app.cinesync.discord.RequestSigner;
import app.cinesync.embedded.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * A load-and-fault run: members rate films through the signed local endpoint (the real path:
 * router, RateHandler, the rating transaction, the reply edit) while the embedded PostgreSQL is
 * killed with SIGKILL and restarted on the same data directory, mid-load, again and again, and
 * once more at the very end. Then it counts: every rating a member was told is saved must be
 * there with its stars, and every film's and member's counters must agree with the ratings.
 */
final class FaultRun {
    /**
     * What the run is asked to do: {@code kills} SIGKILLs of PostgreSQL, each after {@code between}
     * of load (counted from the previous restart), each followed by a restart on the same
     * directory: under load, except after the last, which is followed by the count.
     */
    record Plan(Path dataDir, int members, int kills, Duration between, Map<String, String> serverOverrides) {
        Plan {
            if (kills < 1) {
                throw new IllegalArgumentException("a fault run kills PostgreSQL at least once");
            }
        }
    }

    /** What it found. */
    record Result(int acknowledged, int refused, int unanswered, int lost, int wrongStars, boolean countersAgree,
                  int kills, List<Duration> restarts, List<Duration> latencies) {
        Duration percentile(double q) {
            if (latencies.isEmpty()) {
                return Duration.ZERO;
            }
            return latencies.get((int) Math.ceil(q * latencies.size()) - 1);
        }
    }

    /** One rating a member was told is saved. */
    private record Acknowledged(long member, long movie, double stars) {
    }

    private static final long FIRST_MEMBER = 7_000_000_000L;

    private final Plan plan;
    private final int port = freePort();
    private EmbeddedDatabase pg;
    private final List<Duration> restarts = new ArrayList<>();

    FaultRun(Plan plan) {
        this.plan = plan;
    }

    Result run() throws InterruptedException {
        pg = EmbeddedDatabase.start(plan.dataDir(), port, plan.serverOverrides());
        RequestSigner signer = RequestSigner.random();
        Tally tally = new Tally();
        try (Database db = new Database(new PooledConnections(ConnectionFactory.jdbc(pg.jdbcUrl(), DatabaseTimeouts.REQUEST), 8))) {
            Migrations.migrate(pg.dataSource());
            CatalogLoader.loadBundledIfEmpty(db);
            List<Long> films = new JdbcMovieRepository(db).search("", 1_000).stream().map(m -> m.id()).toList();
            ExecutorService members = Executors.newFixedThreadPool(plan.members());
            try (LocalServer server = LocalServer.start(db, 0, signer.publicKeyHex(), null)) {
                for (int i = 0; i < plan.members(); i++) {
                    int seat = i;
                    members.submit(() -> rateUntilStopped(seat, id -> new DemoClient(server, signer, id, "Member " + id), films, tally));
                }
                for (int kill = 1; kill < plan.kills(); kill++) {
                    TimeUnit.NANOSECONDS.sleep(plan.between().toNanos());
                    killPostmaster();
                    restart();
                }
                TimeUnit.NANOSECONDS.sleep(plan.between().toNanos());
                killPostmaster(); // the last crash, under load: every acknowledged rating has been through one
                tally.loading.set(false);
                members.shutdown();
                members.awaitTermination(1, TimeUnit.MINUTES);
            }
            restart();
            List<Duration> sorted = new ArrayList<>(tally.latencies);
            Collections.sort(sorted);
            int[] check = check(db, tally.acknowledged);
            return new Result(tally.acknowledged.size(), tally.refused.get(), tally.unanswered.get(), check[0], check[1],
                    countersAgree(db), plan.kills(), List.copyOf(restarts), sorted);
        } finally {
            pg.close();
        }
    }

    /** What the members saw, counted as they go. */
    private static final class Tally {
        final AtomicBoolean loading = new AtomicBoolean(true);
        final ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Duration> latencies = new ConcurrentLinkedQueue<>();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger unanswered = new AtomicInteger();
    }

    /**
     * One seat of the load: a member rating film after film, each once; when they have rated
     * every film, a new member takes the seat, so that every rating is a new (member, film) pair.
     */
    private void rateUntilStopped(int seat, LongFunction<DemoClient> clients, List<Long> films, Tally tally) {
        for (long member = FIRST_MEMBER + seat; tally.loading.get(); member += plan.members()) {
            DemoClient client = clients.apply(member);
            for (int k = 0; tally.loading.get() && k < films.size(); k++) {
                long movie = films.get((int) ((k + member * 37) % films.size()));
                rate(client, member, movie, tally);
            }
        }
    }

    private static void rate(DemoClient client, long member, long movie, Tally tally) {
        double stars = 0.5 + (Math.floorMod(member * 31 + movie, 10)) * 0.5;
        long started = System.nanoTime();
        DemoClient.Exchange x;
        try {
            x = client.command("rate", Map.of("movie", "m:" + movie, "rating", stars));
        } catch (IllegalStateException noAnswer) {
            tally.unanswered.incrementAndGet();
            return;
        }
        String title = x.edited() == null ? "" : x.edited().path("embeds").path(0).path("title").asText("");
        if (title.startsWith(new Stars(stars).display())) { // what the member reads as "saved"
            tally.acknowledged.add(new Acknowledged(member, movie, stars));
            tally.latencies.add(Duration.ofNanos(System.nanoTime() - started));
        } else {
            tally.refused.incrementAndGet();
        }
    }

    private void killPostmaster() {
        long pid = pg.postmasterPid().orElseThrow(() -> new IllegalStateException("no postmaster.pid"));
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("postmaster " + pid + " is gone"));
        postmaster.destroyForcibly(); // SIGKILL: no shutdown, no checkpoint, no flush
        postmaster.onExit().join();
    }

    /** Starts PostgreSQL again on the same directory and port, as a person would after a crash. */
    private void restart() {
        long started = System.nanoTime();
        pg.close(); // releases the directory; stopping the dead server fails, which is the point
        pg = EmbeddedDatabase.start(plan.dataDir(), port, plan.serverOverrides());
        restarts.add(Duration.ofNanos(System.nanoTime() - started));
    }

    /** {lost, wrong stars} among the acknowledged ratings. */
    private static int[] check(Database db, ConcurrentLinkedQueue<Acknowledged> acknowledged) {
        int[] out = new int[2];
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rating FROM ratings WHERE discord_user_id = ? AND movie_id = ?")) {
                for (Acknowledged a : acknowledged) {
                    ps.setLong(1, a.member());
                    ps.setLong(2, a.movie());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            out[0]++;
                        } else if (rs.getBigDecimal(1).doubleValue() != a.stars()) {
                            out[1]++;
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    /** Nothing half-written: film counters, embedding update counts and applied ids all match the ratings. */
    private static boolean countersAgree(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT (SELECT count(*) FROM movies m WHERE m.rating_count <> (SELECT count(*) FROM ratings r WHERE r.movie_id = m.movie_id)
                              OR m.rating_sum <> (SELECT coalesce(sum(rating), 0) FROM ratings r WHERE r.movie_id = m.movie_id))
                         + (SELECT count(*) FROM user_embeddings e WHERE e.update_count <> (SELECT count(*) FROM ratings r WHERE r.discord_user_id = e.discord_user_id))
                         + (SELECT count(*) FROM (SELECT discord_user_id, count(*) AS n FROM applied_interactions GROUP BY discord_user_id) a
                              WHERE a.n <> (SELECT count(*) FROM ratings r WHERE r.discord_user_id = a.discord_user_id))""")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
