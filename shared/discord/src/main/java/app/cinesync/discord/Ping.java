package app.cinesync.discord;

/** Discord checking that the endpoint is there (type 1): answered with a PONG, nothing else. */
public record Ping(String id, String applicationId) implements Interaction {
}
