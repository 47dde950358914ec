package app.cinesync.discord;

/** Replaces the deferred "thinking…" reply of an interaction with the real one. */
public interface FollowUp {
    void editOriginal(String applicationId, String token, Message message);
}
