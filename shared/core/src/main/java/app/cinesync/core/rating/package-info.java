/** Ratings: the half-star value type and the transaction that stores a rating and learns from it. */
package app.cinesync.core.rating;
