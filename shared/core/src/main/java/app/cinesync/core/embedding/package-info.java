/**
 * Vectors, knowing nothing of films but their {@link app.cinesync.core.embedding.ContentFeatures}:
 * the content vector built from them ({@link app.cinesync.core.embedding.ItemVectorizer}), each
 * member's taste in that space and its online update ({@link app.cinesync.core.embedding.TasteVector}),
 * similarity, and the byte encoding used in PostgreSQL. Pure math: unknown ids give empty results,
 * never exceptions. Depends on no other package.
 */
package app.cinesync.core.embedding;
