package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;

/**
 * One recommended film, its blended score and why it was picked.
 *
 * @param because the part of its score that sets it apart ({@link Explainer})
 */
public record Recommendation(Movie movie, double score, Cause because) {
}
