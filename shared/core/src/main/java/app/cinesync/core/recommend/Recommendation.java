package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;

/**
 * One recommended film, its blended score and why it was picked.
 *
 * @param because the part of its score that sets it apart ({@link Explainer}); null when nothing lifts it (a film nobody has rated, for a member who has told us nothing it shares)
 */
public record Recommendation(Movie movie, double score, Cause because) {
}
