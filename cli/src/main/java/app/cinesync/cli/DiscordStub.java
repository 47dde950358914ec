package app.cinesync.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stand-in for the part of Discord's API the functions call: {@code PATCH
 * /api/v10/webhooks/{application}/{token}/messages/@original} stores the edited reply, and
 * {@code GET} on the same path returns it, so the demo can show what the member would see.
 */
public final class DiscordStub implements HttpHandler {
    public static final String BASE = "/api/v10";
    private final Map<String, CompletableFuture<String>> originals = new ConcurrentHashMap<>();

    private CompletableFuture<String> slot(String key) {
        return originals.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.substring(BASE.length()).split("/");
            // "", "webhooks", app, token, "messages", "@original"
            if (parts.length != 6 || !parts[1].equals("webhooks") || !parts[4].equals("messages") || !parts[5].equals("@original")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String key = parts[2] + "/" + parts[3];
            switch (exchange.getRequestMethod()) {
                case "PATCH" -> {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    CompletableFuture<String> slot = slot(key);
                    if (!slot.complete(body)) {
                        originals.put(key, CompletableFuture.completedFuture(body)); // a later edit replaces the earlier
                    }
                    reply(exchange, 200, body);
                }
                case "GET" -> {
                    CompletableFuture<String> slot = originals.get(key);
                    String body = slot == null ? null : slot.getNow(null);
                    if (body == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        reply(exchange, 200, body);
                    }
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Waits until the reply for {@code token} has been edited, up to {@code timeout}, and forgets it. */
    public Optional<String> awaitOriginal(String applicationId, String token, Duration timeout) {
        String key = applicationId + "/" + token;
        try {
            return Optional.of(slot(key).get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            originals.remove(key);
        }
    }
}
