package app.cinesync.core.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.HybridParams;
import app.cinesync.core.model.MemberWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Chooses hyper-parameters on a validation split carved out of TRAIN only (the test rows are
 * never read): the train rows are split again with the same protocol (20% per user, seed
 * {@value #SEED}), and each stage keeps the value with the best validation NDCG@10:
 * <ol>
 *   <li>the collaborative model: every {@link EaseConfig} of the grid, ranked by the model alone;</li>
 *   <li>the member state: recency {@code gamma} x rating slope {@code beta}, model alone;</li>
 *   <li>the blend: popularity, trend and content weights (collab fixed at 1), coordinate ascent,
 *       two passes;</li>
 *   <li>the cold-start popularity curve {@code kappa_n} ({@link HybridParams#coldPopularity}): for each
 *       n of {@link HybridParams#COLD_KNOTS} separately, the grid value with the best NDCG@10 of the
 *       cold-start lists at that n (each validation user keeps only their first n fit ratings); then,
 *       while full-profile NDCG@10 falls more than 0.001 below the blend's, the largest-n non-zero
 *       value steps down to the next smaller grid value (both measured with the same end-of-train
 *       popularity, see {@link HybridRun});</li>
 *   <li>per-member fitted blends ({@code MemberWeightFitter}) against the global blend.</li>
 * </ol>
 */
public final class Tuner {
    public static final long SEED = 20240601L;

    /** The grids searched. */
    public record Grid(List<EaseConfig> ease, double[] decays, double[] slopes, double[] popularity, double[] trend,
                       double[] content, double trendHalfLife, double[] coldPopularity) {
        public static Grid standard() {
            List<EaseConfig> ease = new ArrayList<>();
            for (double lambda : new double[] {200, 400, 800}) {
                for (double dropout : new double[] {0, 0.15}) {
                    ease.add(new EaseConfig(lambda, dropout, 5));
                }
            }
            return new Grid(ease, new double[] {1, 0.99, 0.95, 0.9}, new double[] {0, 0.25, 0.5, 0.75, 1},
                    new double[] {0, 0.01, 0.03, 0.1, 0.3}, new double[] {0, 0.01, 0.03, 0.1, 0.3},
                    new double[] {0, 0.01, 0.03, 0.1, 0.3}, 90 * 86400.0, new double[] {0, 0.3, 1, 3, 10, 30});
        }
    }

    /** What was chosen, and whether per-member blends beat the global one on validation. */
    public record Choice(EaseConfig ease, HybridParams params, boolean fitMembers) {
    }

    private Tuner() {
    }

    public static Choice tune(Protocol protocol, List<Movie> movies, List<Interaction> train, Grid grid, Consumer<String> log) {
        Split split = Splitter.of(protocol, train, 0.2, SEED);
        EvalData data = new EvalData(movies, split.train(), split.test());
        log.accept("validation: " + split.train().size() + " fit rows, " + split.test().size() + " validation rows");
        MemberWeights collabOnly = new MemberWeights(1, 0, 0, 0);
        HybridParams plain = new HybridParams(1, 0, grid.trendHalfLife(), collabOnly);
        EaseConfig bestConfig = null;
        EaseModel best = null;
        double bestScore = -1;
        for (EaseConfig c : grid.ease()) {
            EaseModel m = EaseTrainer.train(data.trainObservations(), c);
            double s = ndcg(HybridRun.run("", data, m, plain, false).run(), data, protocol);
            log.accept(String.format(Locale.ROOT, "  %s films=%d  NDCG@10=%.4f", c, m.size(), s));
            if (s > bestScore) {
                bestScore = s;
                bestConfig = c;
                best = m;
            }
        }
        HybridParams params = plain;
        for (double decay : grid.decays()) {
            for (double slope : grid.slopes()) {
                HybridParams p = new HybridParams(decay, slope, grid.trendHalfLife(), collabOnly);
                double s = ndcg(HybridRun.run("", data, best, p, false).run(), data, protocol);
                log.accept(String.format(Locale.ROOT, "  decay=%.3f slope=%.2f  NDCG@10=%.4f", decay, slope, s));
                if (s > bestScore + 1e-9) {
                    bestScore = s;
                    params = p;
                }
            }
        }
        MemberWeights w = collabOnly;
        for (int pass = 0; pass < 2; pass++) {
            for (int component = 1; component <= 3; component++) {
                double[] values = component == 1 ? grid.popularity() : component == 2 ? grid.trend() : grid.content();
                List<MemberWeights> candidates = new ArrayList<>();
                for (double v : values) {
                    candidates.add(with(w, component, v));
                }
                List<HybridRun.Result> results = HybridRun.runEach(data, best, params, candidates);
                for (int i = 0; i < candidates.size(); i++) {
                    double s = ndcg(results.get(i).run(), data, protocol);
                    log.accept(String.format(Locale.ROOT, "  %s  NDCG@10=%.4f", candidates.get(i), s));
                    if (s > bestScore + 1e-9) {
                        bestScore = s;
                        w = candidates.get(i);
                    }
                }
            }
        }
        params = params.withWeights(w);
        params = params.withColdPopularity(coldCurve(data, best, params, grid.coldPopularity(), bestScore, protocol, log));
        double fitted = ndcg(HybridRun.run("", data, best, params, true).run(), data, protocol);
        log.accept(String.format(Locale.ROOT, "  per-member blends  NDCG@10=%.4f (global blend %.4f)", fitted, bestScore));
        return new Choice(bestConfig, params, fitted > bestScore);
    }

    static double[] coldCurve(EvalData data, EaseModel model, HybridParams params, double[] grid, double fullScore,
                              Protocol protocol, Consumer<String> log) {
        int[] knots = HybridParams.COLD_KNOTS;
        double[] chosen = new double[knots.length];
        double[] best = new double[knots.length];
        java.util.Arrays.fill(best, -1);
        for (double v : grid) {
            double[] flat = new double[knots.length];
            java.util.Arrays.fill(flat, v);
            HybridRun.Result r = HybridRun.run("", data, model, params.withColdPopularity(flat), false, knots);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  kappa=%.2f  cold-start NDCG@10 at n=", v));
            for (int k = 0; k < knots.length; k++) {
                double s = ndcg(new ModelRun("", r.coldStart().get(knots[k]), 0, 0), data, protocol);
                line.append(String.format(Locale.ROOT, " %d:%.4f", knots[k], s));
                if (s > best[k] + 1e-9) {
                    best[k] = s;
                    chosen[k] = v;
                }
            }
            log.accept(line.toString());
        }
        while (true) {
            double full = ndcg(HybridRun.run("", data, model, params.withColdPopularity(chosen), false).run(), data, protocol);
            log.accept(String.format(Locale.ROOT, "  cold-start curve %s  full-profile NDCG@10=%.4f (blend %.4f)",
                    java.util.Arrays.toString(chosen), full, fullScore));
            int k = chosen.length - 1;
            while (k >= 0 && chosen[k] == 0) {
                k--;
            }
            if (full >= fullScore - 0.001 || k < 0) {
                return chosen;
            }
            double lower = 0;
            for (double v : grid) {
                if (v < chosen[k] && v > lower) {
                    lower = v;
                }
            }
            chosen[k] = lower;
        }
    }

    private static MemberWeights with(MemberWeights w, int component, double v) {
        return switch (component) {
            case 1 -> new MemberWeights(w.collab(), v, w.trend(), w.content());
            case 2 -> new MemberWeights(w.collab(), w.popularity(), v, w.content());
            default -> new MemberWeights(w.collab(), w.popularity(), w.trend(), v);
        };
    }

    private static double ndcg(ModelRun run, EvalData data, Protocol protocol) {
        return run.summarize(data, protocol).ndcg();
    }
}
