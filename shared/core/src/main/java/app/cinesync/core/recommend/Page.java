package app.cinesync.core.recommend;

import java.util.List;

/**
 * One page of recommendations, each with its reason.
 *
 * @param hasMore whether at least one more film ranks after this page (there is a next page to show)
 */
public record Page(List<Recommendation> picks, boolean hasMore) {
    public Page {
        picks = List.copyOf(picks);
    }
}
