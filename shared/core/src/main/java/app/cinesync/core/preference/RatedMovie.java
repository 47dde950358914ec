package app.cinesync.core.preference;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.embedding.SparseVector;

/**
 * One of the member's ratings with what the analysis needs about the film.
 *
 * @param communityMean mean rating of the film by the other members, or NaN when fewer than
 *                      {@link RatingBehavior#MIN_OTHER_MEMBERS} of them rated it
 */
public record RatedMovie(Movie movie, double stars, double communityMean, SparseVector vector) {
}
