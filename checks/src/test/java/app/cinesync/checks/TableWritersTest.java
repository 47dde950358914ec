package app.cinesync.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One writer per table, and docs/ARCHITECTURE.md's list of them true: reads the SQL of every
 * module's main code for what it inserts, updates or deletes. The films' rating counters
 * ({@code UPDATE movies SET rating_count ...}) count as a table of their own, {@code movies.rating_count}.
 */
class TableWritersTest {
    private static final Path ROOT = Path.of("..");
    /** A write and its target; a target that is not a plain name (a table chosen at run time) is caught too. */
    private static final Pattern WRITE = Pattern.compile("\\b(INSERT INTO|UPDATE|DELETE FROM)\\s+([a-z_]+|\")");
    private static final Pattern COUNTERS = Pattern.compile("^\\s+(?:[a-z]+\\s+)?SET\\s+rating_count\\b");
    /** A row of the writers' table: | `table` ... | `Repository`: `JdbcClass` ... | */
    private static final Pattern DOC_ROW = Pattern.compile("^\\| `([a-z_.]+)`[^|]*\\| `[A-Za-z]+Repository`: `(Jdbc[A-Za-z]+)`");

    @Test
    void everyTable_hasOneWriter_theOneArchitectureMdNames() throws IOException {
        Map<String, Set<String>> found = writers();

        assertThat(found).isNotEmpty().allSatisfy((table, classes) -> assertThat(classes).as(table + " is written by").hasSize(1));
        assertThat(found).isEqualTo(documented());
    }

    @Test
    void noTableIsChosenAtRunTime() throws IOException {
        assertThat(writers()).doesNotContainKey("\"");
    }

    private static Map<String, Set<String>> writers() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/target/")).toList()) {
                String code = Files.readString(f);
                Matcher m = WRITE.matcher(code);
                while (m.find()) {
                    String table = m.group(2);
                    if (table.equals("movies") && m.group(1).equals("UPDATE") && COUNTERS.matcher(code.substring(m.end())).lookingAt()) {
                        table = "movies.rating_count";
                    }
                    out.computeIfAbsent(table, k -> new TreeSet<>()).add(f.getFileName().toString().replace(".java", ""));
                }
            }
        }
        return out;
    }

    private static Map<String, Set<String>> documented() {
        try {
            List<String> lines = Files.readAllLines(ROOT.resolve("docs/ARCHITECTURE.md"));
            Map<String, Set<String>> out = new TreeMap<>();
            for (String line : lines) {
                Matcher m = DOC_ROW.matcher(line);
                if (m.find()) {
                    out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
