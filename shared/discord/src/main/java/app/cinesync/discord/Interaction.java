package app.cinesync.discord;

/**
 * One incoming interaction, one type per kind, as JDA models them: {@link Ping}, and what a member
 * does ({@link MemberInteraction}): an application command, autocomplete, a click or pick on a
 * message component, a modal submit. Each exposes only what applies to its kind;
 * {@link InteractionParser} reads Discord's JSON into the right one.
 */
public sealed interface Interaction permits Ping, MemberInteraction {
    /** The interaction's snowflake id; null only for interactions built in code (tests, tools). */
    String id();

    /** The application the interaction is for. */
    String applicationId();
}
