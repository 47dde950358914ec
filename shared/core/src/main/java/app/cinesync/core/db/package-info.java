/**
 * PostgreSQL plumbing: where connections come from ({@link app.cinesync.core.db.ConnectionSource}),
 * transactions with retry ({@link app.cinesync.core.db.Database}), Flyway migrations of the
 * top-level {@code migrations/} folder, and the embedded PostgreSQL used locally and in tests.
 */
package app.cinesync.core.db;
