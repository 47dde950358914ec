package app.cinesync.core.app;

/** Asks for a member's taste profile to be recomputed soon (SQS in AWS, an executor locally). */
@FunctionalInterface
public interface ProfileQueue {
    /** @throws RuntimeException when the request could not be queued */
    void enqueue(long userId);
}
