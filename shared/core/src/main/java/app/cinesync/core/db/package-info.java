/**
 * PostgreSQL plumbing: where connections come from ({@link app.cinesync.core.db.ConnectionSource},
 * pooled by HikariCP), the timeouts every connection has, locally as in AWS
 * ({@link app.cinesync.core.db.DatabaseTimeouts}), transactions that commit whole or not at all,
 * with retry ({@link app.cinesync.core.db.Database}), an outage logged once rather than per
 * request ({@link app.cinesync.core.db.OutageLog}), Flyway migrations of the top-level
 * {@code migrations/} folder, and the embedded PostgreSQL used locally and in tests, durable on
 * a data directory and recovered after its owner was killed.
 */
package app.cinesync.core.db;
