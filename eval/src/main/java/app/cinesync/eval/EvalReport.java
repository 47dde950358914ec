package app.cinesync.eval;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.recommend.QuickRate;
import app.cinesync.core.recommend.RankingConfig;
import app.cinesync.core.recommend.Recommender;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;

/**
 * The whole offline evaluation of one split, as the {@code eval} command prints it, always with the
 * one production configuration unless told otherwise: the retrain on all of train (timed); MostPop,
 * the seed engine, the collaborative model alone and CineSync's ranking, with accuracy, costs and the
 * measures beyond accuracy; the cold-start curve; the personas; the onboarding simulation; and
 * CineSync's top-10 as CSV.
 */
public final class EvalReport {
    public static final int[] COLD_START = {1, 2, 3, 5, 10, 20};
    /** The lower bounds of the member-size groups (train ratings). */
    static final int[] MEMBER_SIZES = {0, 30, 100, 300};

    /** What to run. {@code topCsv} may be null. */
    public record Options(Protocol protocol, RankingConfig config, Path topCsv) {
    }

    private EvalReport() {
    }

    public static void run(List<Movie> movies, List<Interaction> train, List<Interaction> test, Options o, PrintStream out) {
        RankingConfig config = o.config();
        out.println("configuration: " + config);
        EvalData data = new EvalData(movies, train, test);
        long t0 = System.nanoTime();
        EaseModel model = EaseTrainer.train(data.trainObservations(), config.ease());
        out.printf(Locale.ROOT, "retrain on all %d train ratings: %.1f s, %d films in the model%n", train.size(),
                (System.nanoTime() - t0) / 1e9, model.size());
        Recommender cinesync = new Recommender(data.snapshot(), model, config);
        Recommender alone = new Recommender(data.snapshot(), model, config.collaborativeOnly());
        Recommender popular = new Recommender(data.snapshot(), EaseModel.EMPTY, config.popularityOnly());
        ModelRun pop = MostPopular.run(data);
        ModelRun seed = SeedEngine.run(data);
        ModelRun easeOnly = PipelineRun.run("EASE alone (" + config.ease() + ")", data, alone);
        ModelRun ours = PipelineRun.run("CineSync", data, cinesync);
        List<ModelRun> runs = List.of(pop, seed, easeOnly, ours);
        out.println();
        out.println(MetricSummary.markdownHeader());
        runs.forEach(r -> out.println(r.summarize(data, o.protocol()).markdownRow()));
        out.println();
        out.println(BeyondAccuracy.markdownHeader());
        runs.forEach(r -> out.println(BeyondAccuracy.of(r, data).markdownRow()));
        out.println();
        for (ModelRun run : List.of(seed, easeOnly, ours)) {
            out.printf(Locale.ROOT, "%s: %.2f ms per recommendation (the member from their history, every film scored, top-10)%n",
                    run.model(), run.nanosPerRecommendation() / 1e6);
        }
        byMemberSize(data, o.protocol(), List.of(pop, easeOnly, ours), out);
        coldStart(data, o.protocol(), cinesync, pop, out);
        personas(cinesync, alone, popular, out);
        onboarding(data, o.protocol(), cinesync, out);
        if (o.topCsv() != null) {
            writeTop(ours, data, o.topCsv());
            out.println();
            out.println("top-10 of every test user written to " + o.topCsv());
        }
    }

    /**
     * NDCG@10 of each model over the test users grouped by how many train ratings they have: the
     * bulk rater with hundreds of films and the member with a few dozen are scored apart.
     */
    private static void byMemberSize(EvalData data, Protocol protocol, List<ModelRun> runs, PrintStream out) {
        out.println();
        out.println("NDCG@10 by the member's number of train ratings:");
        StringBuilder header = new StringBuilder("| train ratings | users |");
        StringBuilder rule = new StringBuilder("|---|---|");
        runs.forEach(r -> {
            header.append(' ').append(r.model()).append(" |");
            rule.append("---|");
        });
        out.println(header);
        out.println(rule);
        for (int b = 0; b < MEMBER_SIZES.length; b++) {
            int from = MEMBER_SIZES[b];
            int to = b + 1 < MEMBER_SIZES.length ? MEMBER_SIZES[b + 1] : Integer.MAX_VALUE;
            LongPredicate who = user -> {
                int n = data.trainOf(user).size();
                return n >= from && n < to;
            };
            StringBuilder row = new StringBuilder();
            int users = 0;
            for (ModelRun r : runs) {
                MetricSummary m = r.summarize(data, protocol, who);
                users = m.users();
                row.append(String.format(Locale.ROOT, " %.4f |", m.ndcg()));
            }
            out.printf(Locale.ROOT, "| %s | %d |%s%n", to == Integer.MAX_VALUE ? from + "+" : from + "-" + (to - 1), users, row);
        }
    }

    private static void coldStart(EvalData data, Protocol protocol, Recommender r, ModelRun pop, PrintStream out) {
        out.println();
        out.println("Cold start (each test user keeps only their first n train ratings; candidates unchanged):");
        out.println("| n | P@10 | R@10 | NDCG@10 | HR@10 | MostPop P@10 | NDCG@10 | HR@10 |");
        out.println("|---|---|---|---|---|---|---|---|");
        MetricSummary p = pop.summarize(data, protocol);
        for (int n : COLD_START) {
            MetricSummary h = new ModelRun("n=" + n, PipelineRun.coldStart(data, r, n), 0, 0).summarize(data, protocol);
            out.printf(Locale.ROOT, "| %d | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", n, h.precision(),
                    h.recall(), h.ndcg(), h.hitRate(), p.precision(), p.ndcg(), p.hitRate());
        }
    }

    private static void personas(Recommender cinesync, Recommender alone, Recommender popular, PrintStream out) {
        personaTable("Personas", Personas.of(cinesync.catalog()), cinesync, alone, popular, out);
        personaTable("Decade personas", Personas.decades(cinesync.catalog()), cinesync, alone, popular, out);
    }

    private static void personaTable(String title, List<Personas.Persona> personas, Recommender cinesync, Recommender alone,
                                     Recommender popular, PrintStream out) {
        out.println();
        out.println(title + " (" + personas.size() + " planted tastes; share of the top 10 on taste after 3 and 10 ratings of 5 stars):");
        List<Personas.Result> results = List.of(Personas.play("CineSync", cinesync, personas),
                Personas.play("EASE alone", alone, personas), Personas.play("MostPop", popular, personas));
        StringBuilder header = new StringBuilder("| persona |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Personas.Result r : results) {
            header.append(" ").append(r.model()).append(" @3 | @10 |");
            rule.append("---|---|");
        }
        out.println(header);
        out.println(rule);
        for (Personas.Persona p : personas) {
            StringBuilder row = new StringBuilder("| " + p.name() + " |");
            results.forEach(r -> row.append(String.format(Locale.ROOT, " %.2f | %.2f |", r.byPersona().get(p.name())[0],
                    r.byPersona().get(p.name())[1])));
            out.println(row);
        }
        StringBuilder mean = new StringBuilder("| **mean** |");
        results.forEach(r -> mean.append(String.format(Locale.ROOT, " **%.3f** | **%.3f** |", r.mean()[0], r.mean()[1])));
        out.println(mean);
        StringBuilder bias = new StringBuilder("| popularity bias of these lists |");
        results.forEach(r -> bias.append(String.format(Locale.ROOT, " %.3f | |", r.popularityBias())));
        out.println(bias);
    }

    private static void onboarding(EvalData data, Protocol protocol, Recommender r, PrintStream out) {
        Elicitation.Result e = Elicitation.run(data, r, new QuickRate(r));
        out.println();
        out.printf(Locale.ROOT, "Onboarding (users with >= %d train ratings; five ratings each, then ranked from those alone):%n",
                Elicitation.ANSWERS);
        out.println(MetricSummary.markdownHeader());
        for (ModelRun run : List.of(e.first(), e.random(), e.elicited())) {
            out.println(run.summarize(data, protocol).markdownRow());
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
