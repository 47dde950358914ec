package app.cinesync.discord;

/** The application's answers to what members do; the {@link InteractionEndpoint} has verified and read the request. */
@FunctionalInterface
public interface InteractionResponder {
    /**
     * @param body the interaction exactly as Discord sent it (verified), for handing on
     * @return the interaction response's JSON ({@link Responses})
     */
    String respond(MemberInteraction interaction, byte[] body);
}
