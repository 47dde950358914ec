package app.cinesync.bench;

import app.cinesync.core.catalog.ImportReport;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieLensFiles;
import app.cinesync.core.catalog.TitleFolding;
import app.cinesync.core.catalog.TitleTrigrams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Close matches of a misspelt title over ml-latest-small's 9,742 titles (read from
 * {@code -Dcinesync.datasets=../shared/datasets}, never copied into the project): building the
 * trigram index (once per catalog snapshot), one query against it, and beside them the baseline
 * every suggestion already pays, a scan of the folded titles for the words typed (what the
 * database's {@code LIKE '%word%'} does, here in memory).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class TitleBench {
    @Param({"godfathr", "toy storie", "lord of the rngs"})
    String typed;
    private List<String> titles;
    private List<String> folded;
    private TitleTrigrams index;

    @Setup(Level.Trial)
    public void read() {
        Path data = Path.of(System.getProperty("cinesync.datasets", "../shared/datasets"), "ml-latest-small");
        if (!Files.isReadable(data.resolve("movies.csv"))) {
            throw new IllegalStateException("MovieLens ml-latest-small not found under " + data + "; pass -Dcinesync.datasets=DIR");
        }
        titles = MovieLensFiles.movies(new MovieLensFiles.Sources(data.resolve("movies.csv"), null, null, null, null), new ImportReport())
                .values().stream().map(Movie::title).toList();
        folded = titles.stream().map(TitleFolding::fold).toList();
        index = new TitleTrigrams(titles);
    }

    @Benchmark
    public TitleTrigrams buildIndex() {
        return new TitleTrigrams(titles);
    }

    @Benchmark
    public List<Integer> closest() {
        return index.closest(typed, 25, i -> true);
    }

    @Benchmark
    public List<Integer> wordScanBaseline() {
        String[] words = TitleFolding.fold(typed).split(" ");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            String t = folded.get(i);
            boolean all = true;
            for (String w : words) {
                all &= t.contains(w);
            }
            if (all) {
                out.add(i);
            }
        }
        return out;
    }
}
