package app.cinesync.commands;

/**
 * Hands a verified interaction to the handler that does its work, without waiting for it: an
 * asynchronous Lambda {@code Invoke} in AWS, an executor in the local server.
 */
public interface Dispatcher {
    /**
     * @param interactionJson the interaction exactly as Discord sent it (already verified)
     * @throws RuntimeException when the work could not be handed over; the router then answers
     *                          the member with an error instead of a deferred reply
     */
    void dispatch(Route route, byte[] interactionJson);
}
