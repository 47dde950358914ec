/**
 * Ratings: the half-star value ({@link app.cinesync.core.rating.Stars}; a value off the scale is an
 * {@link app.cinesync.core.rating.Stars.InvalidRatingException} carrying what was given), and their
 * storage ({@link app.cinesync.core.rating.RatingRepository}): the transaction that stores a rating,
 * moves the film's counters and the member's taste vector, once per interaction, and the import of
 * community ratings ({@link app.cinesync.core.rating.JdbcRatingRepository.Import}).
 */
package app.cinesync.core.rating;
