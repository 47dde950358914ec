package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.RequestSigner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cinesync serve} as its own process, as a person runs it: killed with {@code kill -9}
 * and started again, and what it writes to its log while members make mistakes and while its
 * database is down.
 */
class ServeProcessIT {
    private static final Pattern SERVING = Pattern.compile("CineSync is serving (http://127\\.0\\.0\\.1:\\d+)/interactions");
    private static final RequestSigner SIGNER = RequestSigner.random();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private final List<Serve> started = new ArrayList<>();

    /** A running {@code serve} and everything it has printed. */
    private record Serve(Process process, String base, List<String> output) {
        String log() {
            return String.join("\n", output);
        }

        DemoClient member(long id) {
            return new DemoClient(URI.create(base + "/interactions"), this::edited, SIGNER, id, "Member" + id);
        }

        /** Polls the stand-in's copy of the edited reply, as the demo client waits for it in process. */
        Optional<String> edited(String app, String token, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            URI uri = URI.create(base + DiscordStub.BASE + "/webhooks/" + app + "/" + token + "/messages/@original");
            try {
                while (System.nanoTime() < deadline) {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return Optional.of(r.body());
                    }
                    TimeUnit.MILLISECONDS.sleep(50);
                }
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    @AfterEach
    void stopAll() {
        started.forEach(s -> s.process().destroyForcibly());
    }

    private Serve serve() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Dorg.slf4j.simpleLogger.log.app.cinesync=info", // as in Lambda
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--data-dir", dir.resolve("pgdata").toString()).redirectErrorStream(true);
        pb.environment().remove("DATABASE_URL");
        pb.environment().put("DISCORD_PUBLIC_KEY", SIGNER.publicKeyHex());
        Process p = pb.start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<String> base = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        base.complete(m.group(1));
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
            base.complete(null);
        });
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = base.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            url = null;
        }
        assertThat(url).as("serve started; it said:\n" + String.join("\n", output)).isNotNull();
        Serve s = new Serve(p, url, output);
        started.add(s);
        return s;
    }

    private static String text(DemoClient.Exchange x) {
        return TerminalView.render(x.edited() != null ? x.edited() : x.response().path("data"));
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dir.resolve("pgdata").resolve("postmaster.pid")).getFirst().strip());
    }

    @Test
    void serve_restartedAfterKill9_recoversTheDataDirectoryByItself_andKeepsEveryRating() throws Exception {
        Serve first = serve();
        assertThat(text(first.member(71).command("rate", Map.of("movie", "m:" + first.member(71).titleToId("Alien"), "rating", 4.5))))
                .contains("1 film rated");
        long orphan = postmasterPid();
        first.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS); // kill -9: its PostgreSQL lives on

        Serve second = serve();

        assertThat(second.log()).contains("PostgreSQL (pid " + orphan + ") is still running").contains("stopping it");
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(text(second.member(71).command("my_stats", Map.of()))).contains("From 1 rating");
    }

    @Test
    void serve_logsNoTextMembersTyped_andADatabaseOutageOnce() throws Exception {
        Serve s = serve();
        DemoClient member = s.member(72);
        assertThat(text(member.command("rate", Map.of("movie", "Qx7 My Private Film Diary", "rating", 4.0)))).contains("couldn't find");
        assertThat(text(member.submitRatingForm("Alien", "qx7 five stars for my ex"))).contains("isn't one");
        ProcessHandle.of(postmasterPid()).orElseThrow().destroyForcibly(); // kill -9 of the database under the server

        List<CompletableFuture<String>> during = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            DemoClient m = s.member(100 + i);
            during.add(CompletableFuture.supplyAsync(() -> text(m.command("rate", Map.of("movie", "m:1", "rating", 3.0)))));
        }
        assertThat(during).allSatisfy(f -> assertThat(f.get(60, TimeUnit.SECONDS)).contains("Your rating was not saved"));

        String log = s.log();
        assertThat(log).contains("RATE refused: MovieNotFoundException").contains("RATE refused: InvalidRatingException");
        assertThat(log).as("nothing a member typed").doesNotContainIgnoringCase("qx7");
        assertThat(log.split("database unavailable:", -1)).as("the outage, once").hasSize(2);
        assertThat(log).as("no stack trace per failed request").doesNotContain("RATE failed");
    }
}
