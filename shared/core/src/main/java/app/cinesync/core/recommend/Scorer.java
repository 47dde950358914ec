package app.cinesync.core.recommend;

/**
 * One signal of the ranking (LensKit's {@code ItemScorer}, RankSys's ensemble members): given a
 * member, a {@link Signal} over every film of the catalog. A new signal is a new scorer, never a
 * second pipeline; the {@link Recommender} blends them with the member's weights.
 */
public interface Scorer {
    Signal score(Member member);
}
