/**
 * The Discord interactions protocol, and nothing else: verifying Ed25519 request signatures and
 * serving the endpoint ({@link app.cinesync.discord.InteractionEndpoint}: 401, 400, PONG, then the
 * application's {@link app.cinesync.discord.InteractionResponder}); reading interactions into one
 * type per kind ({@link app.cinesync.discord.Interaction}: ping, command, autocomplete, component,
 * modal submit; what they share in {@link app.cinesync.discord.InteractionContext}); building
 * responses, forms, components and embeds within Discord's limits; editing the original reply
 * through the webhook API; relaying autocomplete; and the member's language: which one an
 * interaction gets ({@link app.cinesync.discord.Languages}) and how a message catalog is read in it
 * ({@link app.cinesync.discord.Texts}, JDK only). What an application says, its commands and its
 * {@code custom_id}s are the application's ({@code app.cinesync.commands} for CineSync).
 *
 * <p>This module carries no JDBC, Flyway or linear algebra on purpose: the public endpoint
 * ({@code InteractionsFunction}) depends on it and the commands module alone, which keeps its cold
 * start short.
 */
package app.cinesync.discord;
