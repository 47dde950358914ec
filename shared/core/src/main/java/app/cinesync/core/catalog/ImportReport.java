package app.cinesync.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import loaded, per file, and every row it rejected with the reason. */
public final class ImportReport {
    /** A rejected row: file, 1-based line, why. */
    public record Rejection(String file, int line, String reason) {
    }

    private final Map<String, Integer> loaded = new LinkedHashMap<>();
    private final List<Rejection> rejected = new ArrayList<>();

    void loaded(String file, int rows) {
        loaded.merge(file, rows, Integer::sum);
    }

    void reject(String file, int line, String reason) {
        rejected.add(new Rejection(file, line, reason));
    }

    /** A row read but then not stored: rejected with the reason, and no longer counted as loaded. */
    void refuse(String file, int line, String reason) {
        loaded.merge(file, -1, Integer::sum);
        reject(file, line, reason);
    }

    public Map<String, Integer> loaded() {
        return Map.copyOf(loaded);
    }

    public List<Rejection> rejected() {
        return List.copyOf(rejected);
    }

    /** "movies.csv: 9742 loaded, 0 rejected" lines, then up to {@code maxReasons} rejections. */
    public String summary(int maxReasons) {
        StringBuilder sb = new StringBuilder();
        loaded.forEach((file, n) -> sb.append(file).append(": ").append(n).append(" loaded, ")
                .append(rejected.stream().filter(r -> r.file().equals(file)).count()).append(" rejected\n"));
        rejected.stream().limit(maxReasons).forEach(r -> sb.append("  rejected ").append(r.file()).append(" line ")
                .append(r.line()).append(": ").append(r.reason()).append('\n'));
        if (rejected.size() > maxReasons) {
            sb.append("  … and ").append(rejected.size() - maxReasons).append(" more rejections\n");
        }
        return sb.toString();
    }
}
