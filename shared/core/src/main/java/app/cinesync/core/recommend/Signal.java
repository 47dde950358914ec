package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;

/**
 * One scorer's view of one member: a value for every film of the catalog (by catalog index) and,
 * for any film, the parts of that value by {@link Cause}, which add up to the value.
 */
public interface Signal {
    /** What the signal is, for the member-facing mix of a page. */
    enum Kind { SIMILAR_MEMBERS, SIMILAR_FILMS, YOUR_GENRES, YOUR_DECADES, YOUR_DIRECTORS, POPULAR }

    Kind kind();

    /** The value of film {@code i}; films the member rated may have any value. */
    double at(int film);

    /** {@code out[i] += weight * at(i)} for every film of the catalog: a signal may loop faster than film by film. */
    default void addTo(double[] out, double weight) {
        for (int i = 0; i < out.length; i++) {
            out[i] += weight * at(i);
        }
    }

    /** Splits {@link #at(int)} of film {@code i} by cause. */
    void causes(int film, Cause.Sink sink);

    /**
     * Adds to {@code sink} the mean of {@link #causes} over the first {@code count} of {@code films}:
     * each cause's part, averaged. Film by film unless a signal knows a shorter way to the same sums.
     */
    default void meanCauses(int[] films, int count, Cause.Sink sink) {
        Cause.Sink scaled = new Cause.Sink() {
            @Override
            public void add(Cause cause, double value) {
                sink.add(cause, value / count);
            }

            @Override
            public void liked(int rated, Movie film, double value) {
                sink.liked(rated, film, value / count);
            }
        };
        for (int f = 0; f < count; f++) {
            causes(films[f], scaled);
        }
    }
}
