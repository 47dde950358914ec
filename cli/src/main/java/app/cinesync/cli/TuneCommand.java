package app.cinesync.cli;

import app.cinesync.eval.Interaction;
import app.cinesync.eval.Protocol;
import app.cinesync.eval.Tuner;
import app.cinesync.core.recommend.RankingConfig;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tune}: chooses the one production configuration on validation splits carved out of the
 * train files of both protocols ({@link Tuner}); no test file is read. Prints every configuration
 * tried and the choice, to be written into {@link RankingConfig#DEFAULT}.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Choose the production ranking configuration on validation carved from the random and temporal train files.")
public final class TuneCommand implements Callable<Integer> {
    @Option(names = "--random-train", required = true, paramLabel = "CSV", description = "Train ratings of the random protocol.")
    Path randomTrain;
    @Option(names = "--temporal-train", required = true, paramLabel = "CSV", description = "Train ratings of the temporal protocol.")
    Path temporalTrain;
    @Mixin
    CatalogFiles catalog;
    @Option(names = "--only", split = ",", paramLabel = "PARAM", description = "Search only these parameters (default: all: ${COMPLETION-CANDIDATES}).")
    java.util.Set<RankingConfig.Param> only = java.util.EnumSet.allOf(RankingConfig.Param.class);

    @Override
    public Integer call() {
        Map<Protocol, java.util.List<Interaction>> trains = new EnumMap<>(Protocol.class);
        trains.put(Protocol.RANDOM, Interaction.read(randomTrain));
        trains.put(Protocol.TEMPORAL, Interaction.read(temporalTrain));
        RankingConfig chosen = Tuner.tune(catalog.movies(), trains, RankingConfig.DEFAULT, only, System.out::println);
        System.out.println(chosen);
        return 0;
    }
}
