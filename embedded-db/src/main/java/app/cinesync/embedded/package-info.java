/**
 * The embedded PostgreSQL 17 of the command line and the tests
 * ({@link app.cinesync.embedded.EmbeddedDatabase}): started from binaries on the class path, durable
 * on a data directory, recovered after its owner was killed
 * ({@link app.cinesync.embedded.DataDirectoryRecovery}), with errors that say what to do
 * ({@link app.cinesync.embedded.EmbeddedDatabaseException}).
 *
 * <p>Its own module, on the local side: the command line depends on it, every module's tests
 * reach it through core's test fixtures, and no Lambda jar carries it (the functions' enforcer
 * rules ban it). It depends on nothing of CineSync, so that core's own tests can use it.
 */
package app.cinesync.embedded;
