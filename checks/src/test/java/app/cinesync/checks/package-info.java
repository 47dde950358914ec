/**
 * Repository-wide checks, tests only: what holds across modules rather than inside one. Here,
 * the contract with Discord: every body the real handlers send (interaction responses, reply
 * edits, command registration) and every fixture of what Discord sends us, validated against
 * Discord's own OpenAPI description ({@link app.cinesync.checks.DiscordSpec}), with tests that
 * prove wrong bodies fail.
 */
package app.cinesync.checks;
