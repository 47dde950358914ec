package app.cinesync.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Edits the original interaction reply through {@code PATCH
 * {base}/webhooks/{application_id}/{token}/messages/@original}. The interaction token is the
 * credential: no bot token is needed, and the token is never logged.
 */
public final class WebhookClient implements FollowUp {
    private final HttpClient http;
    private final String baseUrl;

    /** @param baseUrl e.g. {@code https://discord.com/api/v10}, or a local stub */
    public WebhookClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What Discord asks every bot's HTTP client to say it is. */
    public static final String USER_AGENT = "DiscordBot (https://github.com/cinesync, 1.0)";

    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public void editOriginal(String applicationId, String token, Message message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/webhooks/" + applicationId + "/" + token + "/messages/@original"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(Responses.edit(message)))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<Void> response = send(request);
            int status = response == null ? 503 : response.statusCode();
            if (status / 100 == 2) {
                return;
            }
            boolean retryable = status == 429 || status >= 500;
            if (!retryable || attempt == 3) {
                throw new FollowUpException("Discord answered " + status + " to the reply edit");
            }
            sleep(backoff(response, attempt));
        }
    }

    /** Discord's Retry-After (seconds, possibly fractional) when it gives one, capped at 2 s; else 250 ms, then 500 ms. */
    static long backoff(HttpResponse<?> response, int attempt) {
        if (response != null) {
            var retryAfter = response.headers().firstValue("Retry-After");
            if (retryAfter.isPresent()) {
                try {
                    return Math.min(2000, Math.max(0, (long) (Double.parseDouble(retryAfter.get()) * 1000)));
                } catch (NumberFormatException ignored) {
                    // not a number of seconds: the fixed backoff below
                }
            }
        }
        return 250L * attempt;
    }

    /** The response, or null when Discord could not be reached. */
    private HttpResponse<Void> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FollowUpException("interrupted while editing the reply");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FollowUpException("interrupted while editing the reply");
        }
    }

    /** The reply could not be edited. */
    public static final class FollowUpException extends RuntimeException {
        public FollowUpException(String message) {
            super(message);
        }
    }
}
