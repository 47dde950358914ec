package app.cinesync.functions.interactions.bench;

import app.cinesync.discord.RequestSigner;
import app.cinesync.functions.interactions.fixtures.FixtureSigner;
import app.cinesync.functions.interactions.fixtures.Fixtures;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start of the router, each sample a fresh JVM process, against a plain JVM start measured
 * in the same run on the same class path (the router's shaded jar plus these test classes):
 *
 * <pre>
 * ./mvnw -q -o package -DskipTests -pl functions/interactions -am
 * java -cp functions/interactions/target/cinesync-interactions-lambda.jar:functions/interactions/target/test-classes \
 *     app.cinesync.functions.interactions.bench.ColdStartBench 10
 * </pre>
 *
 * Each sample is the wall time from starting the process to reading its first line: "ready" for
 * the baseline, the router's answer otherwise. The requests are signed by this process just
 * before, so the child pays only for verifying. Scenarios run interleaved, so drift in the
 * machine's load spreads over all of them.
 */
public final class ColdStartBench {
    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        // -Dbench.jvmArgs="-XX:TieredStopAtLevel=1 ..." is given to every child, the baseline included.
        List<String> jvm = new ArrayList<>(List.of(java));
        String extra = System.getProperty("bench.jvmArgs", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        RequestSigner signer = Fixtures.signer();
        String ping = body("ping");
        String rate = body("rate_command");

        HttpServer lambdaApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lambdaApi.createContext("/", x -> {
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(202, -1);
            x.close();
        });
        lambdaApi.start();
        String endpoint = "http://127.0.0.1:" + lambdaApi.getAddress().getPort();

        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (String s : List.of("plain JVM start (baseline)", "first answered PING", "first deferred /rate (in-process dispatcher)",
                "first deferred /rate (LambdaDispatcher, SDK client, Invoke to a local stub)")) {
            samples.put(s, new ArrayList<>());
        }
        List<String> names = List.copyOf(samples.keySet());
        for (int i = 0; i < n + 1; i++) { // the first round warms the disk cache and is dropped
            boolean keep = i > 0;
            record(samples, names.get(0), keep, run(concat(jvm, List.of("-cp", cp, PlainMain.class.getName())), "ready"));
            record(samples, names.get(1), keep, run(probe(jvm, cp, "local", signer, ping, endpoint), "{\"type\":1}"));
            record(samples, names.get(2), keep, run(probe(jvm, cp, "local", signer, rate, endpoint), "{\"type\":5"));
            record(samples, names.get(3), keep, run(probe(jvm, cp, "lambda", signer, rate, endpoint), "{\"type\":5"));
        }
        lambdaApi.stop(0);

        System.out.printf(Locale.ROOT, "machine: %d cores, %s; java: %s %s (%s)%n", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"), java);
        System.out.printf(Locale.ROOT, "N = %d fresh processes per scenario%n%n", n);
        System.out.println("| scenario | median ms | p90 ms | median / plain start |");
        System.out.println("|---|---:|---:|---:|");
        double plain = percentile(samples.get(names.get(0)), 50);
        samples.forEach((name, ms) -> System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f x |%n",
                name, percentile(ms, 50), percentile(ms, 90), percentile(ms, 50) / plain));
    }

    private static String body(String fixtureCase) throws IOException {
        return new String(FixtureSigner.body(FixtureSigner.CASES.get(fixtureCase), Fixtures.eventsDir()), StandardCharsets.UTF_8);
    }

    private static List<String> probe(List<String> jvm, String cp, String mode, RequestSigner signer, String body, String endpoint) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        return concat(jvm, List.of("-cp", cp, RouterProbe.class.getName(), mode, Fixtures.publicKeyHex(), ts,
                signer.sign(ts, body.getBytes(StandardCharsets.UTF_8)), body, endpoint));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void record(Map<String, List<Double>> samples, String name, boolean keep, double ms) {
        if (keep) {
            samples.get(name).add(ms);
        }
    }

    /** Milliseconds from starting the process to its first line, which must start with {@code expected}. */
    private static double run(List<String> command, String expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        p.waitFor();
        if (line == null || !line.startsWith(expected)) {
            throw new IllegalStateException("expected " + expected + " but the process printed " + line);
        }
        return ms;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()); // nearest rank
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
