/**
 * Offline evaluation on MovieLens-format files, read with the importer's own reader
 * ({@link app.cinesync.core.catalog.MovieLensFiles}) into {@link app.cinesync.eval.Interaction}s:
 * per-user splits ({@link app.cinesync.eval.Splitter}), the ranking metrics P@10, R@10, NDCG@10,
 * HR@10 and catalog coverage ({@link app.cinesync.eval.RankingMetrics}), beyond-accuracy measures,
 * personas, the onboarding simulation, the replay harness that feeds train ratings in timestamp
 * order through the engine ({@link app.cinesync.eval.Evaluator}), the cold-start curve and the
 * tuner. Everything here works on files in memory; nothing touches the database.
 *
 * <p>Its own module, used by the command line ({@code eval}, {@code tune}) and the benchmarks
 * only, so that no Lambda jar carries it.
 *
 * <p>Protocols follow {@code ml-latest-small-splits/README.md}: full ranking of every film the
 * user has not rated in train; under {@link app.cinesync.eval.Protocol#RANDOM} every test
 * rating is relevant, under {@link app.cinesync.eval.Protocol#TEMPORAL} a test rating is
 * relevant when it is at least 4.0 and users without a relevant test rating are not scored.
 */
package app.cinesync.eval;
