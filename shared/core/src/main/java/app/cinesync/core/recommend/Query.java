package app.cinesync.core.recommend;

/**
 * What a member asked for: how many films, from which rank on (paging), and optionally one genre.
 *
 * @param genre a genre name of the catalog, or null for any
 */
public record Query(int count, int offset, String genre) {
    public Query {
        if (count < 1 || offset < 0) {
            throw new IllegalArgumentException("count must be >= 1 and offset >= 0");
        }
    }
}
