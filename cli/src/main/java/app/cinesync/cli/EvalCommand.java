package app.cinesync.cli;

import app.cinesync.eval.EvalReport;
import app.cinesync.eval.Interaction;
import app.cinesync.eval.Protocol;
import app.cinesync.eval.Split;
import app.cinesync.eval.Splitter;
import app.cinesync.core.recommend.RankingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eval}: offline evaluation on MovieLens-format files, purely in memory (no database), with
 * the one production configuration ({@link RankingConfig#DEFAULT}) unless {@code --set} changes it.
 * Every path is an explicit option; see docs/QUALITY.md for the commands behind its tables.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Rank every unrated film for each test user with the production pipeline and print P@10, R@10, NDCG@10,",
                "HR@10, coverage, popularity bias, diversity, personalization and costs beside MostPop, the seed engine and",
                "the collaborative model alone; then the cold-start curve, the planted-taste personas and the onboarding simulation."})
public final class EvalCommand implements Callable<Integer> {
    /** Either a ready split or one ratings file to split. */
    static final class Input {
        @ArgGroup(exclusive = false)
        Ready ready;
        @ArgGroup(exclusive = false)
        ToSplit toSplit;
    }

    static final class Ready {
        @Option(names = "--train", required = true, paramLabel = "CSV", description = "Train ratings userId,movieId,rating,timestamp.")
        Path train;
        @Option(names = "--test", required = true, paramLabel = "CSV", description = "Test ratings, same columns.")
        Path test;
    }

    static final class ToSplit {
        @Option(names = "--ratings", required = true, paramLabel = "CSV", description = "All ratings; split 80/20 per user by --protocol.")
        Path ratings;
        @Option(names = "--write-split", paramLabel = "DIR", description = "Also write <protocol>-train.csv and <protocol>-test.csv here.")
        Path writeSplit;
        @Option(names = "--seed", description = "Seed of the random split (default: 42).")
        long seed = 42;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;
    @Mixin
    CatalogFiles catalog;
    @Option(names = "--protocol", required = true, description = "random (every test rating relevant) or temporal (rating >= 4 relevant).")
    Protocol protocol;
    @Option(names = "--out", paramLabel = "CSV", description = "Where to write CineSync's top-10 (userId,rank,movieId,score).")
    Path out;
    @Option(names = "--set", paramLabel = "PARAM=VALUE", description = "Change one parameter of the production configuration, e.g. --set genre_lift=3 (parameters: ${COMPLETION-CANDIDATES}).")
    Map<RankingConfig.Param, Double> overrides = Map.of();

    @Override
    public Integer call() {
        List<Interaction> train;
        List<Interaction> test;
        if (input.ready != null) {
            train = Interaction.read(input.ready.train);
            test = Interaction.read(input.ready.test);
        } else {
            Split split = Splitter.of(protocol, Interaction.read(input.toSplit.ratings), 0.2, input.toSplit.seed);
            if (input.toSplit.writeSplit != null) {
                EvalReport.writeSplit(split, input.toSplit.writeSplit, protocol.name().toLowerCase(Locale.ROOT));
            }
            train = split.train();
            test = split.test();
        }
        RankingConfig config = RankingConfig.DEFAULT;
        for (Map.Entry<RankingConfig.Param, Double> e : overrides.entrySet()) {
            config = config.with(e.getKey(), e.getValue());
        }
        EvalReport.run(catalog.movies(), train, test, new EvalReport.Options(protocol, config, out), System.out);
        return 0;
    }
}
