package app.cinesync.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookClientTest {
    private static HttpServer stub(List<String> seen, int... statuses) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger call = new AtomicInteger();
        server.createContext("/", x -> {
            seen.add(x.getRequestMethod() + " " + x.getRequestURI().getPath() + " " + new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = statuses[Math.min(call.getAndIncrement(), statuses.length - 1)];
            if (status == 429) {
                x.getResponseHeaders().set("Retry-After", "0.05");
            }
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        server.start();
        return server;
    }

    @Test
    void editOriginal_patchesTheOriginalMessage_andRetriesWhenRateLimited() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = stub(seen, 429, 200);
        try {
            new WebhookClient(WebhookClient.defaultHttpClient(), "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/")
                    .editOriginal("123", "tok", Message.text("hello"));
        } finally {
            server.stop(0);
        }
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).startsWith("PATCH /api/v10/webhooks/123/tok/messages/@original {\"content\":\"hello\"");
    }

    @Test
    void editOriginal_givesUpOnAClientError_withoutRetrying() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = stub(seen, 404);
        try {
            WebhookClient client = new WebhookClient(WebhookClient.defaultHttpClient(), "http://127.0.0.1:" + server.getAddress().getPort());
            assertThatThrownBy(() -> client.editOriginal("1", "expired", Message.text("x")))
                    .isInstanceOf(WebhookClient.FollowUpException.class).hasMessageContaining("404");
        } finally {
            server.stop(0);
        }
        assertThat(seen).hasSize(1);
    }
}
