package app.cinesync.discord;

import java.util.Locale;

/**
 * What every interaction a member makes carries, whatever its kind.
 *
 * @param id            the interaction's snowflake id; null only for interactions built in code
 * @param applicationId the application the interaction is for
 * @param token         the credential for editing the reply (never logged)
 * @param guildId       the server it came from, or null in DMs
 * @param memberId      who made it (the member's or the DM user's id)
 * @param memberName    their display name ({@code global_name}, else {@code username}), or null
 * @param locale        the member's Discord client language ({@code locale}, e.g. {@code fr}), or null
 */
public record InteractionContext(String id, String applicationId, String token, String guildId, long memberId, String memberName,
                                 String locale) {

    /** A member's interaction as code builds it (tests, tools): nothing else known yet; add it with the {@code with} methods. */
    public static InteractionContext of(long memberId) {
        return new InteractionContext(null, null, null, null, memberId, null, null);
    }

    public InteractionContext withId(String newId) {
        return new InteractionContext(newId, applicationId, token, guildId, memberId, memberName, locale);
    }

    /** Where the reply goes: the application and the interaction's token. */
    public InteractionContext withReply(String newApplicationId, String newToken) {
        return new InteractionContext(id, newApplicationId, newToken, guildId, memberId, memberName, locale);
    }

    public InteractionContext withMemberName(String name) {
        return new InteractionContext(id, applicationId, token, guildId, memberId, name, locale);
    }

    public InteractionContext withLocale(String memberLocale) {
        return new InteractionContext(id, applicationId, token, guildId, memberId, memberName, memberLocale);
    }

    /** The language to answer in: the member's, else English ({@link Languages}). */
    public Locale language() {
        return Languages.of(locale);
    }
}
