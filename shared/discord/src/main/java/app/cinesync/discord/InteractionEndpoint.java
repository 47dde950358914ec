package app.cinesync.discord;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Discord's interactions endpoint, the protocol part: verifies the signature first (401 and
 * nothing else on any failure), reads the interaction (400 when it is not one), answers a PING
 * itself, and hands every member's interaction to the application's {@link InteractionResponder},
 * with the interaction and member ids in the log context.
 */
public final class InteractionEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionEndpoint.class);

    private final SignatureVerifier verifier;
    private final InteractionResponder responder;

    public InteractionEndpoint(SignatureVerifier verifier, InteractionResponder responder) {
        this.verifier = verifier;
        this.responder = responder;
    }

    /**
     * @param signature the {@code X-Signature-Ed25519} header, or null
     * @param timestamp the {@code X-Signature-Timestamp} header, or null
     * @param body      the raw request body, exactly as signed
     */
    public HttpResult handle(String signature, String timestamp, byte[] body) {
        try {
            verifier.verify(signature, timestamp, body);
        } catch (InvalidSignatureException e) {
            LOG.info("refused request: {}", e.getMessage());
            return HttpResult.error(401, "invalid request signature");
        }
        Interaction interaction;
        try {
            interaction = InteractionParser.parse(body);
        } catch (MalformedInteractionException e) {
            LOG.info("refused signed request: {}", e.getMessage());
            return HttpResult.error(400, e.getMessage());
        }
        return switch (interaction) {
            case Ping p -> HttpResult.json(Responses.pong());
            case MemberInteraction in -> respond(in, body);
        };
    }

    private HttpResult respond(MemberInteraction in, byte[] body) {
        MDC.put("interactionId", in.id());
        MDC.put("userId", Long.toUnsignedString(in.memberId()));
        try {
            return HttpResult.json(responder.respond(in, body));
        } finally {
            MDC.remove("interactionId");
            MDC.remove("userId");
        }
    }
}
