package app.cinesync.core.recommend;

import java.util.function.Function;

/**
 * The member's mix of one kind of label against the community's ({@link LabelIndex}): their genre
 * mix ({@code G}) or their decade mix ({@code E}),
 * {@code G_i = ln ratio_u(i) / ln(1 + max count)}, on the scale of {@link PopularityScorer}, so
 * that {@code P_i + eta G_i} is the log of "popular among members with this mix":
 * {@code count_i * ratio_u(i)^eta}. Positive for films of the labels the member has shown a taste
 * for, negative for the others, near 0 until their ratings agree on a taste.
 */
public final class LabelScorer implements Scorer {
    private final LabelIndex labels;
    private final double scale;
    private final double alpha;
    private final double evidenceFrom;
    private final Signal.Kind kind;
    private final Function<String, Cause> cause;

    private LabelScorer(CatalogSnapshot catalog, LabelIndex labels, double alpha, double evidenceFrom, Signal.Kind kind,
                        Function<String, Cause> cause) {
        this.labels = labels;
        this.scale = PopularityScorer.scale(catalog);
        this.alpha = alpha;
        this.evidenceFrom = evidenceFrom;
        this.kind = kind;
        this.cause = cause;
    }

    /** The genre mix {@code G}. */
    static LabelScorer genres(CatalogSnapshot catalog, double alpha, double evidenceFrom) {
        return new LabelScorer(catalog, catalog.genres(), alpha, evidenceFrom, Signal.Kind.YOUR_GENRES, Cause.Genre::new);
    }

    /** The decade mix {@code E}. */
    static LabelScorer decades(CatalogSnapshot catalog, double alpha, double evidenceFrom) {
        return new LabelScorer(catalog, catalog.decades(), alpha, evidenceFrom, Signal.Kind.YOUR_DECADES, Cause.Decade::new);
    }

    @Override
    public Signal score(Member m) {
        double[] posterior = labels.posterior(m.films(), m.allStars(), alpha, evidenceFrom);
        return new Signal() {
            @Override
            public Kind kind() {
                return kind;
            }

            @Override
            public double at(int film) {
                return Math.log(labels.ratio(film, posterior)) / scale;
            }

            /** One logarithm per label combination, not per film. */
            @Override
            public void addTo(double[] out, double weight) {
                double[] byCombination = new double[labels.combinations()];
                for (int c = 0; c < byCombination.length; c++) {
                    byCombination[c] = weight * at(labels.filmOf(c));
                }
                for (int i = 0; i < out.length; i++) {
                    out[i] += byCombination[labels.combination(i)];
                }
            }

            @Override
            public void causes(int film, Cause.Sink sink) {
                int g = labels.strongest(film, posterior);
                if (g >= 0) {
                    sink.add(cause.apply(labels.name(g)), at(film));
                }
            }
        };
    }
}
