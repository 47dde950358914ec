/**
 * Offline evaluation on MovieLens-format files: readers ({@link app.cinesync.core.eval.MovieLensReader}),
 * per-user splits ({@link app.cinesync.core.eval.Splitter}), the ranking metrics P@10, R@10,
 * NDCG@10, HR@10 and catalog coverage ({@link app.cinesync.core.eval.RankingMetrics}), the replay
 * harness that feeds train ratings in timestamp order through the engine
 * ({@link app.cinesync.core.eval.Evaluator}) and the cold-start curve. Everything here works on
 * files in memory; nothing touches the database.
 *
 * <p>Protocols follow {@code ml-latest-small-splits/README.md}: full ranking of every film the
 * user has not rated in train; under {@link app.cinesync.core.eval.Protocol#RANDOM} every test
 * rating is relevant, under {@link app.cinesync.core.eval.Protocol#TEMPORAL} a test rating is
 * relevant when it is at least 4.0 and users without a relevant test rating are not scored.
 */
package app.cinesync.core.eval;
