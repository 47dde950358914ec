package app.cinesync.core.model;

import app.cinesync.core.db.Database;
import java.util.List;
import java.util.Optional;

/** A full retrain from every stored rating, stored as the new active version (the `train` command and TrainFunction). */
public final class ModelTraining {
    /** What a retrain did. */
    public record Result(EaseModel model, int ratings, double seconds) {
    }

    private ModelTraining() {
    }

    /** @return empty when there are no ratings to learn from */
    public static Optional<Result> trainAndActivate(Database db, EaseConfig config) {
        JdbcModelRepository models = new JdbcModelRepository(db);
        List<Observation> ratings = models.allRatings();
        if (ratings.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        EaseModel model = EaseTrainer.train(ratings, config);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Optional.of(new Result(models.saveAndActivate(model, seconds), ratings.size(), seconds));
    }
}
