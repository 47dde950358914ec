package app.cinesync.core.recommend;

import java.time.Instant;

/**
 * What the community has been rating lately: {@code T_i = q ln(1 + recent_i) / ln(1 + max_j recent_j)}
 * over the {@link RecentRatings#WINDOW} before the member's moment (now for a live member; their
 * last rating in an offline replay), trusted as far as there are enough recent ratings ({@code q},
 * see {@link RecentRatings}). The community's favourites of all time ({@link PopularityScorer})
 * do not know that a server is watching this year's films, or that a film everyone rated years
 * ago is rated by nobody now. 0 everywhere when nobody has rated lately.
 */
public final class TrendScorer implements Scorer {
    private final CatalogSnapshot catalog;

    TrendScorer(CatalogSnapshot catalog) {
        this.catalog = catalog;
    }

    @Override
    public Signal score(Member m) {
        Instant at = m.lastRatedAt() == null ? catalog.loadedAt() : m.lastRatedAt();
        return new CommunitySignal(catalog.recentRatings().trend(at, catalog.size()), new Cause.Lately(),
                PopularityScorer.likedByTheCommunity(catalog));
    }
}
