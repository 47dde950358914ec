/**
 * Vectors: the content vector of each film ({@link app.cinesync.core.embedding.ItemVectorizer}),
 * each member's taste in that space and its online update
 * ({@link app.cinesync.core.embedding.TasteVector}), similarity, and the byte encoding used
 * in PostgreSQL. Pure math: unknown ids give empty results, never exceptions.
 */
package app.cinesync.core.embedding;
