/**
 * PostgreSQL plumbing: where connections come from ({@link app.cinesync.core.db.ConnectionSource},
 * pooled by HikariCP; plain JDBC by {@link app.cinesync.core.db.ConnectionFactory#jdbc}), the
 * timeouts every connection has, locally as in AWS ({@link app.cinesync.core.db.DatabaseTimeouts}),
 * transactions that commit whole or not at all, with retry ({@link app.cinesync.core.db.Database}),
 * an outage logged once rather than per request ({@link app.cinesync.core.db.OutageLog}) and
 * Flyway migrations of the top-level {@code migrations/} folder. The embedded PostgreSQL that the
 * command line and the tests start lives in its own module, {@code embedded-db}, which no Lambda
 * jar carries.
 */
package app.cinesync.core.db;
