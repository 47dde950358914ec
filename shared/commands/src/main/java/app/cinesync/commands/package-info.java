/**
 * CineSync's own commands, over the Discord protocol ({@code app.cinesync.discord}) and nothing
 * else: their names ({@link app.cinesync.commands.Commands}, defined with their translations in
 * {@code discord/commands.json}), which command function does each
 * ({@link app.cinesync.commands.Route}, {@link app.cinesync.commands.Dispatcher}), the router's
 * decisions ({@link app.cinesync.commands.InteractionRouter}: {@code /rate}'s rules, what is
 * answered at once, what is deferred), the {@code /rate} form, the {@code custom_id} grammar (one
 * record per kind that formats and parses it: {@link app.cinesync.commands.QuickRateId},
 * {@link app.cinesync.commands.RecommendId}) and the router's message catalog
 * ({@code i18n/router*.properties}).
 *
 * <p>Both the router (InteractionsFunction) and the command functions use it; like the protocol,
 * it carries no JDBC, Flyway or linear algebra.
 */
package app.cinesync.commands;
