package app.cinesync.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local HTTP server standing in for Discord's webhook API: records each reply edit. */
public final class DiscordStub implements AutoCloseable {
    public record Edit(String method, String path, JsonNode body, String userAgent) {
        /** Everything a member reads in the edited reply: content, embed titles, descriptions, fields and footers. */
        public String text() {
            StringBuilder s = new StringBuilder(body.path("content").asText());
            for (JsonNode e : body.path("embeds")) {
                s.append('\n').append(e.path("title").asText()).append('\n').append(e.path("description").asText());
                e.path("fields").forEach(f -> s.append('\n').append(f.path("name").asText()).append(": ").append(f.path("value").asText()));
                s.append('\n').append(e.path("footer").path("text").asText());
            }
            return s.toString();
        }
    }

    public final List<Edit> edits = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public DiscordStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper json = new ObjectMapper();
        server.createContext("/", exchange -> {
            edits.add(new Edit(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    json.readTree(exchange.getRequestBody().readAllBytes()), exchange.getRequestHeaders().getFirst("User-Agent")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** What DISCORD_API_BASE_URL would be. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
