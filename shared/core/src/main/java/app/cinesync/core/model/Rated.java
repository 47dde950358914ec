package app.cinesync.core.model;

/** One of a member's ratings, for fitting their blend: the film and the stars. */
public record Rated(long movieId, double stars) {
}
