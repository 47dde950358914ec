package app.cinesync.core.recommend;

/**
 * One scorer's view of one member: a value for every film of the catalog (by catalog index) and,
 * for any film, the parts of that value by {@link Cause}, which add up to the value.
 */
public interface Signal {
    /** What the signal is, for the member-facing mix of a page. */
    enum Kind { SIMILAR_MEMBERS, SIMILAR_FILMS, YOUR_GENRES, POPULAR }

    Kind kind();

    /** The value of film {@code i}; films the member rated may have any value. */
    double at(int film);

    /** Splits {@link #at(int)} of film {@code i} by cause. */
    void causes(int film, Cause.Sink sink);
}
