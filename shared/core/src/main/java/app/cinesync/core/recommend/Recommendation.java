package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;

/**
 * One recommended film.
 *
 * @param score       the blended score in [0, 1]
 * @param similarity  cosine similarity of the member's embedding and the film, in [-1, 1]
 * @param base        the base model's score in [0, 1]
 * @param because     the member's highly rated film most like this one, or null
 */
public record Recommendation(Movie movie, double score, double similarity, double base, Movie because) {
}
