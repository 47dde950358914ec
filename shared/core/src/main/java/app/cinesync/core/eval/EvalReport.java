package app.cinesync.core.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.HybridParams;
import app.cinesync.core.model.MemberWeights;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole offline evaluation of one split, as the {@code eval} command prints it: optional
 * tuning on a validation split of train ({@link Tuner}), the retrain on all of train (timed),
 * MostPop, the seed engine, the collaborative model alone and the hybrid, their metrics and
 * costs, the hybrid's top-10 as CSV and the cold-start curve.
 */
public final class EvalReport {
    public static final int[] COLD_START = HybridParams.COLD_KNOTS.clone();

    /** What to run. {@code topCsv} may be null. */
    public record Options(Protocol protocol, boolean tune, EaseConfig ease, HybridParams params, boolean fitMembers,
                          Path topCsv) {
    }

    private EvalReport() {
    }

    public static void run(List<Movie> movies, List<Interaction> train, List<Interaction> test, Options o, PrintStream out) {
        EaseConfig ease = o.ease();
        HybridParams params = o.params();
        boolean fit = o.fitMembers();
        if (o.tune()) {
            out.println("## Tuning on a validation split of train (" + o.protocol() + ")");
            Tuner.Choice c = Tuner.tune(o.protocol(), movies, train, Tuner.Grid.standard(), s -> out.println("    " + s));
            ease = c.ease();
            params = c.params();
            fit = c.fitMembers();
        }
        out.println("chosen: " + ease + ", " + params + ", per-member blends: " + fit);
        EvalData data = new EvalData(movies, train, test);
        long t0 = System.nanoTime();
        EaseModel model = EaseTrainer.train(data.trainObservations(), ease);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "retrain on all %d train ratings: %.1f s, %d films in the model%n", train.size(), trainSeconds,
                model.size());
        ModelRun pop = MostPopular.run(data);
        ModelRun seed = SeedEngine.run(data);
        HybridParams plain = new HybridParams(1, 0, params.trendHalfLife(), new MemberWeights(1, 0, 0, 0));
        ModelRun easeOnly = HybridRun.run("EASE alone (" + ease + ")", data, model, plain, false).run();
        HybridRun.Result hybrid = HybridRun.run("Hybrid" + (fit ? " (per-member blends)" : ""), data, model, params, fit, COLD_START);
        out.println();
        out.println(MetricSummary.markdownHeader());
        for (ModelRun run : List.of(pop, seed, easeOnly, hybrid.run())) {
            out.println(run.summarize(data, o.protocol()).markdownRow());
        }
        out.println();
        for (ModelRun run : List.of(seed, easeOnly, hybrid.run())) {
            out.printf(Locale.ROOT, "%s: %.1f µs per online update, %.2f ms per recommendation%n", run.model(),
                    run.nanosPerUpdate() / 1e3, run.nanosPerRecommendation() / 1e6);
        }
        out.println();
        out.println("Cold start (each test user keeps only their first n train ratings; candidates unchanged):");
        out.println("| n | hybrid P@10 | R@10 | NDCG@10 | HR@10 | MostPop P@10 | NDCG@10 | HR@10 |");
        out.println("|---|---|---|---|---|---|---|---|");
        MetricSummary p = pop.summarize(data, o.protocol());
        for (Map.Entry<Integer, Map<Long, RankedList>> e : hybrid.coldStart().entrySet()) {
            MetricSummary h = new ModelRun("n=" + e.getKey(), e.getValue(), 0, 0).summarize(data, o.protocol());
            out.printf(Locale.ROOT, "| %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", e.getKey(), h.precision(),
                    h.recall(), h.ndcg(), h.hitRate(), p.precision(), p.ndcg(), p.hitRate());
        }
        if (o.topCsv() != null) {
            writeTop(hybrid.run(), data, o.topCsv());
            out.println();
            out.println("top-10 of every test user written to " + o.topCsv());
        }
    }

    /** {@code userId,rank,movieId,score}, rank from 1, users in test order. */
    static void writeTop(ModelRun run, EvalData data, Path file) {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("userId,rank,movieId,score\n");
            for (long user : data.testUsers()) {
                RankedList l = run.lists().get(user);
                for (int k = 0; l != null && k < l.movieIds().length; k++) {
                    w.write(user + "," + (k + 1) + "," + l.movieIds()[k] + "," + String.format(Locale.ROOT, "%.6f", l.scores()[k]) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes a split as two MovieLens-format files {@code <prefix>-train.csv} and {@code <prefix>-test.csv}. */
    public static void writeSplit(Split split, Path directory, String prefix) {
        for (String part : new String[] {"train", "test"}) {
            List<Interaction> rows = new ArrayList<>(part.equals("train") ? split.train() : split.test());
            try (Writer w = Files.newBufferedWriter(directory.resolve(prefix + "-" + part + ".csv"))) {
                w.write("userId,movieId,rating,timestamp\n");
                for (Interaction r : rows) {
                    w.write(r.userId() + "," + r.movieId() + "," + r.rating() + "," + r.timestamp() + "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the split to " + directory, e);
            }
        }
    }
}
