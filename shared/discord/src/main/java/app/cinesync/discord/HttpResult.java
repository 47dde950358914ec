package app.cinesync.discord;

/** What the endpoint answers over HTTP. */
public record HttpResult(int status, String body) {
    public static HttpResult json(String body) {
        return new HttpResult(200, body);
    }

    public static HttpResult error(int status, String message) {
        return new HttpResult(status, Json.error(message));
    }
}
