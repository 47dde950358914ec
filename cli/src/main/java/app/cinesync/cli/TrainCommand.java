package app.cinesync.cli;

import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.EaseModel;
import app.cinesync.core.model.EaseTrainer;
import app.cinesync.core.model.JdbcModelRepository;
import app.cinesync.core.model.Observation;
import java.util.List;
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
            JdbcModelRepository models = new JdbcModelRepository(db.db());
            List<Observation> ratings = models.allRatings();
            if (ratings.isEmpty()) {
                System.err.println("No ratings in " + db.where() + "; import some first.");
                return 1;
            }
            long t0 = System.nanoTime();
            EaseModel model = EaseTrainer.train(ratings, new EaseConfig(lambda, dropout, minRatings));
            double seconds = (System.nanoTime() - t0) / 1e9;
            EaseModel stored = models.saveAndActivate(model, seconds);
            System.out.printf(Locale.ROOT, "Model version %d trained on %d ratings in %.1f s: %d films (%s); active on %s.%n",
                    stored.version(), ratings.size(), seconds, stored.size(), stored.config(), db.where());
        }
        return 0;
    }
}
