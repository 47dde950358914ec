package app.cinesync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.core.testing.TestDatabase;
import app.cinesync.discord.RequestSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The local endpoint as abusive clients see it, on raw sockets: clients that trickle a body, a
 * body far larger than any interaction, and timestamps no clock can hold. Each gets a clear HTTP
 * answer, and Discord's PING keeps being answered meanwhile.
 */
class LocalServerLimitsIT {
    private static final RequestSigner SIGNER = TestServer.SIGNER;
    private static final LocalServer server = TestServer.get();

    private static Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(30_000);
        return s;
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The status code of the HTTP response on {@code in}, or -1 when the connection closed without one. */
    private static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            line.append((char) b);
        }
        String[] parts = line.toString().split(" ");
        return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
    }

    private static String headers(String contentLength) {
        return "POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-Signature-Ed25519: " + "ab".repeat(64) + "\r\nX-Signature-Timestamp: 1\r\n" + contentLength + "\r\n";
    }

    @Test
    void slowClients_tricklingTheirBodies_doNotStallPing_andAreCutOffWith408() throws Exception {
        int slow = LocalServer.HTTP_THREADS + 16; // more than there are threads to serve requests
        AtomicBoolean trickle = new AtomicBoolean(true);
        AtomicLong stillOpen = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(slow);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try (Socket s = connect()) {
                    OutputStream out = s.getOutputStream();
                    send(out, headers("Content-Length: 100000\r\n"));
                    stillOpen.incrementAndGet();
                    try {
                        for (int sent = 0; trickle.get() && sent < 300; sent++) {
                            send(out, "{"); // one byte every 100 ms: never idle, never done
                            TimeUnit.MILLISECONDS.sleep(100);
                        }
                    } catch (IOException serverClosed) {
                        // the server answered and closed: its answer is still there to read
                    }
                    return status(s.getInputStream());
                } catch (IOException e) {
                    return -1; // the server closed the connection on us
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -2;
                }
            }, clients));
        }
        while (stillOpen.get() < slow) {
            TimeUnit.MILLISECONDS.sleep(20);
        }

        DemoClient discord = new DemoClient(server, SIGNER, 1, "Discord");
        DemoClient.Exchange pong = discord.ping();
        boolean answeredWhileTheyTrickle = answers.stream().noneMatch(CompletableFuture::isDone);

        assertThat(pong.status()).isEqualTo(200);
        assertThat(pong.response().path("type").asInt()).isEqualTo(1);
        assertThat(answeredWhileTheyTrickle).as("PING answered while every slow client was still sending").isTrue();
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        trickle.set(false);
        clients.shutdownNow();
        assertThat(statuses).as("each slow body is cut off at the body deadline").containsOnly(408);
    }

    @Test
    void hugeBody_declaredUpFront_gets413BeforeItIsSent() throws Exception {
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            send(out, headers("Content-Length: 1073741824\r\n")); // 1 GiB, unsigned

            assertThat(status(s.getInputStream())).isEqualTo(413);
        }
    }

    @Test
    void hugeBody_streamedWithoutALength_gets413AfterTheLimitNotAtTheEnd() throws Exception {
        long sent = 0;
        int status;
        try (Socket s = connect()) {
            OutputStream out = s.getOutputStream();
            send(out, headers("Transfer-Encoding: chunked\r\n"));
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII); // 64 KiB
            try {
                while (sent < 1L << 30) { // would be 1 GiB
                    out.write(chunk);
                    sent += 0x10000;
                }
            } catch (IOException serverClosed) {
                // expected: the server answered and closed once the limit was passed
            }
            status = status(s.getInputStream());
        }
        assertThat(status).isEqualTo(413);
        assertThat(sent).as("refused long before a gigabyte was sent").isLessThan(64L << 20);
    }

    @Test
    void timestampsNoClockCanHold_signedWithTheServersKey_get401() {
        DemoClient discord = new DemoClient(server, SIGNER, 1, "Discord");
        byte[] ping = "{\"type\":1,\"id\":\"1\",\"application_id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        for (String ts : List.of("9223372036854775807", "-9223372036854775808", "31556889864403200", "9".repeat(5_000))) {
            assertThat(discord.post(ping, SIGNER.sign(ts, ping), ts, null).status()).as(ts.length() > 30 ? "5,000 digits" : ts).isEqualTo(401);
        }
    }

    @Test
    void hungDatabase_autocompleteAnswersEmptyWithinItsBudget_pingAnswers_andRatingIsRefused() throws Exception {
        DemoClient discord = new DemoClient(server, SIGNER, 4242, "Member");
        String alien = "m:" + discord.titleToId("Alien");
        try (Connection locker = TestDatabase.connectionFactory().open()) {
            locker.setAutoCommit(false);
            try (Statement st = locker.createStatement()) {
                st.execute("SET LOCAL statement_timeout = 0");
                st.execute("LOCK TABLE movies IN ACCESS EXCLUSIVE MODE"); // every query of the catalog now hangs
            }

            DemoClient.Exchange suggestions = discord.autocomplete("blade");
            DemoClient.Exchange pong = discord.ping();
            DemoClient.Exchange rate = discord.command("rate", java.util.Map.of("movie", alien, "rating", 4.0));

            assertThat(suggestions.status()).isEqualTo(200);
            assertThat(suggestions.response().path("data").path("choices")).as("the member can still type the title").isEmpty();
            assertThat(pong.response().path("type").asInt()).isEqualTo(1);
            assertThat(TerminalView.render(rate.edited())).as("cut off by the statement timeout").contains("Your rating was not saved");
            locker.rollback();
        }
        assertThat(TestDatabase.get().<Long>read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM ratings WHERE discord_user_id = 4242")) {
                rs.next();
                return rs.getLong(1);
            }
        })).isZero();
    }
}
