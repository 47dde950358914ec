/**
 * The hybrid recommender that keeps learning online. It owns:
 * <ul>
 *   <li>the collaborative base model: {@link app.cinesync.core.model.EaseModel}, an item-item
 *       matrix trained in closed form with EJML by {@link app.cinesync.core.model.EaseTrainer}
 *       (EASE with the EDLAE diagonal term) over the films with enough ratings, and stored with a
 *       version by {@link app.cinesync.core.model.JdbcModelRepository};</li>
 *   <li>the member's online state, {@link app.cinesync.core.model.MemberState}: the fold-in of
 *       their recency- and rating-weighted rated set into collaborative scores (O(films) per
 *       rating) and the content embedding moved by {@code EmbeddingUpdater};</li>
 *   <li>film popularity and trend updated on every rating, {@link app.cinesync.core.model.ItemPopularity};</li>
 *   <li>the scorer that blends collaborative, popularity, trend and content signals,
 *       {@link app.cinesync.core.model.HybridScorer}, with global hyper-parameters
 *       {@link app.cinesync.core.model.HybridParams} and each member's own
 *       {@link app.cinesync.core.model.MemberWeights} learned by
 *       {@link app.cinesync.core.model.MemberWeightFitter}.</li>
 * </ul>
 * No AWS imports; no I/O except in the JDBC repository.
 */
package app.cinesync.core.model;
