package app.cinesync.cli;

import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.ModelTraining;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train}: trains the collaborative model from every stored rating and makes it the active version. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the collaborative model (EASE) from all ratings in DATABASE_URL or the embedded PostgreSQL and store it as the new active version.")
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--lambda", description = "L2 weight (default: ${DEFAULT-VALUE}).")
    double lambda = EaseConfig.DEFAULT.lambda();
    @Option(names = "--dropout", description = "EDLAE diagonal emphasis (default: ${DEFAULT-VALUE}).")
    double dropout = EaseConfig.DEFAULT.dropout();
    @Option(names = "--min-ratings", description = "Films with fewer ratings stay out of the model (default: ${DEFAULT-VALUE}).")
    int minRatings = EaseConfig.DEFAULT.minRatings();

    @Override
    public Integer call() {
        try (DatabaseOptions.Opened db = database.open()) {
            Optional<ModelTraining.Result> result = ModelTraining.trainAndActivate(db.db(), new EaseConfig(lambda, dropout, minRatings));
            if (result.isEmpty()) {
                System.err.println("No ratings in " + db.where() + "; import some first.");
                return 1;
            }
            ModelTraining.Result r = result.get();
            System.out.printf(Locale.ROOT, "Model version %d trained on %d ratings in %.1f s: %d films (%s); active on %s.%n",
                    r.model().version(), r.ratings(), r.seconds(), r.model().size(), r.model().config(), db.where());
        }
        return 0;
    }
}
