package app.cinesync.core.preference;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.SparseVector;

/**
 * One of the member's ratings with what the analysis needs about the film.
 *
 * @param communityMean mean rating of the film by everyone else, or NaN when nobody else rated it
 */
public record RatedMovie(Movie movie, double stars, double communityMean, SparseVector vector) {
}
