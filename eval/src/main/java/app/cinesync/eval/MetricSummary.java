package app.cinesync.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Metrics averaged over the scored users (arithmetic mean of each {@link RankingMetrics.UserScore}
 * field), plus catalog coverage = |distinct films in any scored user's top-k| / catalog size.
 */
public record MetricSummary(String model, int users, double precision, double recall, double ndcg, double hitRate,
                            double coverage) {

    /** Accumulates user scores and recommended films. */
    public static final class Builder {
        private final String model;
        private final int catalogSize;
        private final Set<Long> recommended = new HashSet<>();
        private int users;
        private double p;
        private double r;
        private double n;
        private double h;

        public Builder(String model, int catalogSize) {
            this.model = model;
            this.catalogSize = catalogSize;
        }

        /** Adds one user; a null score (nothing relevant) is skipped entirely. */
        public Builder add(RankingMetrics.UserScore s, List<Long> topK) {
            if (s == null) {
                return this;
            }
            users++;
            p += s.precision();
            r += s.recall();
            n += s.ndcg();
            h += s.hit();
            recommended.addAll(topK);
            return this;
        }

        public MetricSummary build() {
            double d = Math.max(1, users);
            return new MetricSummary(model, users, p / d, r / d, n / d, h / d,
                    catalogSize == 0 ? 0 : recommended.size() / (double) catalogSize);
        }
    }

    /** One Markdown table row: {@code | model | users | P | R | NDCG | HR | coverage |}. */
    public String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f | %.4f |",
                model, users, precision, recall, ndcg, hitRate, coverage);
    }

    public static String markdownHeader() {
        return "| model | users | P@10 | R@10 | NDCG@10 | HR@10 | coverage |\n|---|---|---|---|---|---|---|";
    }
}
