package app.cinesync.core.model;

/**
 * One rating as the model sees it: who, which film, how many stars (0.5 to 5) and when
 * (epoch seconds). Film ids are {@code movies.movie_id} in production and MovieLens movieIds in
 * offline evaluation; member ids are Discord user ids or MovieLens userIds.
 */
public record Observation(long memberId, long movieId, double stars, long time) {
}
