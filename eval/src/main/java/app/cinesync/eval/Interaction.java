package app.cinesync.eval;

import app.cinesync.core.catalog.ImportReport;
import app.cinesync.core.catalog.MovieLensFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One MovieLens rating row: {@code userId,movieId,rating,timestamp} (unix seconds).
 */
public record Interaction(long userId, long movieId, double rating, long timestamp) {
    /** Replay order: by timestamp, then user, then film, so equal times are deterministic. */
    public static final Comparator<Interaction> REPLAY_ORDER = Comparator.comparingLong(Interaction::timestamp)
            .thenComparingLong(Interaction::userId).thenComparingLong(Interaction::movieId);

    /** A user's own order for temporal splits: by (timestamp, movieId), as the README's splits were made. */
    public static final Comparator<Interaction> USER_TIME_ORDER = Comparator.comparingLong(Interaction::timestamp)
            .thenComparingLong(Interaction::movieId);

    /** Every row of a MovieLens-format ratings file; a bad row fails the read, naming it. */
    public static List<Interaction> read(Path file) {
        List<Interaction> out = new ArrayList<>();
        ImportReport report = new ImportReport();
        MovieLensFiles.ratings(file, report, r -> out.add(new Interaction(r.userId(), r.movieId(), r.stars(), r.timestamp())));
        if (!report.rejected().isEmpty()) {
            throw new IllegalArgumentException("bad ratings file " + file + ":\n" + report.summary(5));
        }
        return out;
    }
}
