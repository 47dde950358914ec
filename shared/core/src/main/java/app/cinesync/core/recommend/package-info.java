/**
 * Recommendation, as one pipeline: the catalog snapshot ({@link app.cinesync.core.recommend.CatalogReader})
 * cached per container, a member's history, the scorers (collaborative fold-in of the trained model,
 * content likeness, popularity, the member's genre mix) behind the
 * {@link app.cinesync.core.recommend.Scorer} seam, the one {@link app.cinesync.core.recommend.Recommender}
 * that blends them with the production {@link app.cinesync.core.recommend.RankingConfig}, excludes,
 * filters, pages and explains, and the onboarding set ({@link app.cinesync.core.recommend.QuickRate}).
 * "Not for me" and "haven't seen it" are stored here too ({@link app.cinesync.core.recommend.FeedbackRepository}).
 */
package app.cinesync.core.recommend;
