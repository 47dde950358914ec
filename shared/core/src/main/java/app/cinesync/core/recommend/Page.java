package app.cinesync.core.recommend;

import java.util.List;
import java.util.Map;

/**
 * One page of recommendations and what the ranking leaned on for it.
 *
 * @param mix     the share of each kind of signal in what sets the page's picks apart from the best
 *                candidates (positive parts only; sums to 1, or empty when nothing was picked or nothing stands out)
 * @param hasMore whether at least one more film ranks after this page (there is a next page to show)
 */
public record Page(List<Recommendation> picks, Map<Signal.Kind, Double> mix, boolean hasMore) {
    public Page {
        picks = List.copyOf(picks);
        mix = Map.copyOf(mix);
    }
}
