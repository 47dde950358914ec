/**
 * Vectors: the content vector of each film ({@link app.cinesync.core.embedding.ItemVectorizer}),
 * each member's taste embedding and its online update rule
 * ({@link app.cinesync.core.embedding.EmbeddingUpdater}), similarity, and the byte encoding used
 * in PostgreSQL. Pure math: unknown ids give empty results, never exceptions.
 */
package app.cinesync.core.embedding;
