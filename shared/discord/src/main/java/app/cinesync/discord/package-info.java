/**
 * The Discord interactions protocol, and nothing else: verifying Ed25519 request signatures,
 * reading interactions, building responses, forms and embeds within Discord's limits, editing the
 * original reply through the webhook API, the {@link app.cinesync.discord.Dispatcher} seam
 * through which the router hands work to the command handlers, and the member's language: which
 * one an interaction gets ({@link app.cinesync.discord.Languages}) and the message catalogs
 * every module words its answers from ({@link app.cinesync.discord.Texts}, JDK only).
 *
 * <p>This module carries no JDBC, Flyway or linear algebra on purpose: the public endpoint
 * ({@code InteractionsFunction}) depends on it alone, which keeps its cold start short.
 */
package app.cinesync.discord;
