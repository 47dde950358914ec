/**
 * The film catalog: the {@link app.cinesync.core.catalog.Movie} record (whose
 * {@link app.cinesync.core.embedding.ContentFeatures} its content vector is built from), title
 * folding for accent- and case-insensitive search, the other names a film goes by
 * ({@code movie_titles}), close matches of misspelt titles
 * ({@link app.cinesync.core.catalog.TitleTrigrams}), the bundled catalog, MovieLens-format import
 * (films here, their community ratings through the rating package) and the catalog's storage
 * ({@link app.cinesync.core.catalog.MovieRepository}: films and their content vectors). A film
 * named that matches none, or several, is a {@link app.cinesync.core.catalog.MovieNotFoundException}
 * carrying what was named and the films that come close; what a member reads of it is the
 * application's. A film is known by its IMDb id first: an imported film whose title and year
 * belong to a film with another IMDb id is a {@link app.cinesync.core.catalog.TitleTakenException},
 * and the import rejects it.
 */
package app.cinesync.core.catalog;
