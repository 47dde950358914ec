/**
 * The film catalog: the {@link app.cinesync.core.catalog.Movie} record, title folding for
 * accent- and case-insensitive search, the bundled catalog, MovieLens-format import and the
 * catalog's storage.
 */
package app.cinesync.core.catalog;
