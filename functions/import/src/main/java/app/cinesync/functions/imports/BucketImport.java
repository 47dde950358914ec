package app.cinesync.functions.imports;

import app.cinesync.core.catalog.ImportReport;
import app.cinesync.core.catalog.MovieLensImporter;
import app.cinesync.core.db.Database;
import app.cinesync.core.model.EaseConfig;
import app.cinesync.core.model.ModelTraining;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One import from a folder of the bucket: {@code movies.csv} (required), {@code links.csv},
 * {@code tags.csv}, {@code ratings.csv} and {@code credits.csv} (each optional) are copied to a
 * temporary directory (Lambda's /tmp), loaded with {@link MovieLensImporter} (all in one
 * transaction: everything or nothing), then the model is retrained with {@link ModelTraining}.
 * Returns the report an operator reads: rows loaded and rejected per file, the new model.
 */
public final class BucketImport {
    private static final Logger LOG = LoggerFactory.getLogger(BucketImport.class);
    static final Set<String> FILES = Set.of("movies.csv", "links.csv", "tags.csv", "ratings.csv", "credits.csv");

    private final S3Client s3;
    private final String bucket;
    private final Database db;

    public BucketImport(S3Client s3, String bucket, Database db) {
        this.s3 = s3;
        this.bucket = bucket;
        this.db = db;
    }

    String run(String prefix, boolean train) {
        String folder = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        Set<String> present = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(folder)).contents().stream()
                .map(S3Object::key).map(k -> k.substring(folder.length())).filter(FILES::contains).collect(Collectors.toSet());
        if (!present.contains("movies.csv")) {
            throw new IllegalArgumentException("no movies.csv in s3://" + bucket + "/" + folder + " (found: "
                    + (present.isEmpty() ? "none of " + FILES : present) + ")");
        }
        Path dir = temporaryDirectory();
        try {
            for (String name : present) {
                s3.getObject(b -> b.bucket(bucket).key(folder + name), dir.resolve(name));
            }
            ImportReport report = MovieLensImporter.importFiles(db, new MovieLensImporter.Sources(dir.resolve("movies.csv"),
                    file(dir, present, "links.csv"), file(dir, present, "tags.csv"), file(dir, present, "credits.csv"), file(dir, present, "ratings.csv")));
            String summary = "Imported s3://" + bucket + "/" + folder + ":\n" + report.summary(20) + (train ? trained() : "");
            LOG.info("{}", summary);
            return summary;
        } finally {
            delete(dir);
        }
    }

    private String trained() {
        return ModelTraining.trainAndActivate(db, EaseConfig.DEFAULT)
                .map(r -> String.format(Locale.ROOT, "Model version %d trained on %d ratings in %.1f s: %d films.%n",
                        r.model().version(), r.ratings(), r.seconds(), r.model().size()))
                .orElse("No ratings to train on: the model is unchanged.\n");
    }

    private static Path file(Path dir, Set<String> present, String name) {
        return present.contains(name) ? dir.resolve(name) : null;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cinesync-import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.toString());
        }
    }
}
