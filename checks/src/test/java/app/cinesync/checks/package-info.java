/**
 * Repository-wide checks, tests only: what holds across modules rather than inside one.
 * <ul>
 *   <li>The package rules, over every module's compiled classes ({@link app.cinesync.checks.ArchitectureTest},
 *       {@link app.cinesync.checks.SnapStartCredentialsTest}); the module rules are Maven Enforcer bans in the
 *       function poms.</li>
 *   <li>{@code template.yaml} against the code it deploys and the operating traps a template can hide
 *       ({@link app.cinesync.checks.TemplateTest}, read by {@link app.cinesync.checks.CloudFormationYaml}), and
 *       every fixture in {@code events/} used by a test ({@link app.cinesync.checks.EventsCoverageTest}).</li>
 *   <li>The contract with Discord: every body the real handlers send (interaction responses, reply edits,
 *       command registration) and every fixture of what Discord sends us, validated against Discord's own
 *       OpenAPI description ({@link app.cinesync.checks.DiscordSpec}), with tests that prove wrong bodies fail.</li>
 * </ul>
 */
package app.cinesync.checks;
