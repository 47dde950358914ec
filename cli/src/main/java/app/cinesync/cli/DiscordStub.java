package app.cinesync.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A stand-in for the part of Discord's API the functions call: {@code PATCH
 * /api/v10/webhooks/{application}/{token}/messages/@original} stores the edited reply, and
 * {@code GET} on the same path returns it, so the demo can show what the member would see.
 */
public final class DiscordStub extends Handler.Abstract {
    public static final String BASE = "/api/v10";
    private final Map<String, CompletableFuture<String>> originals = new ConcurrentHashMap<>();

    private CompletableFuture<String> slot(String key) {
        return originals.computeIfAbsent(key, k -> new CompletableFuture<>());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(BASE + "/")) {
            return false;
        }
        String[] parts = path.substring(BASE.length()).split("/");
        // "", "webhooks", app, token, "messages", "@original"
        if (parts.length != 6 || !parts[1].equals("webhooks") || !parts[4].equals("messages") || !parts[5].equals("@original")) {
            Response.writeError(request, response, callback, 404);
            return true;
        }
        String key = parts[2] + "/" + parts[3];
        switch (request.getMethod()) {
            case "PATCH" -> {
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                CompletableFuture<String> slot = slot(key);
                if (!slot.complete(body)) {
                    originals.put(key, CompletableFuture.completedFuture(body)); // a later edit replaces the earlier
                }
                reply(response, callback, body);
            }
            case "GET" -> {
                CompletableFuture<String> slot = originals.get(key);
                String body = slot == null ? null : slot.getNow(null);
                if (body == null) {
                    Response.writeError(request, response, callback, 404);
                } else {
                    reply(response, callback, body);
                }
            }
            default -> Response.writeError(request, response, callback, 405);
        }
        return true;
    }

    private static void reply(Response response, Callback callback, String body) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
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
