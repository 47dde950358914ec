package app.cinesync.core.recommend;

import java.util.function.Function;

/**
 * The member's mix of one kind of label against the community's ({@link LabelIndex}): their genre
 * mix ({@code G}), decade mix ({@code E}) or director mix ({@code D}),
 * {@code G_i = ln ratio_u(i) / ln(1 + max count)}, on the scale of {@link PopularityScorer} (its {@link PopularityScorer#labelScale}), so
 * that {@code P_i + eta G_i} is the log of "popular among members with this mix":
 * {@code count_i * ratio_u(i)^eta}. Positive for films of the labels the member has shown a taste
 * for, negative for the others, near 0 until their ratings agree on a taste.
 */
public final class LabelScorer implements Scorer {
    private final LabelIndex labels;
    private final double scale;
    private final double alpha;
    private final double evidenceFrom;
    private final double discount;
    private final Signal.Kind kind;
    private final Function<String, Cause> cause;

    /**
     * How many films' worth of strong ratings of one director are not yet a taste for them: the
     * director mix moves from a member's second film by the same director on. A director's share of
     * the community is tiny, so a single film would otherwise tilt the list to all their films
     * (on validation that sank the cold start below MostPop before director personas reached 60%;
     * docs/QUALITY.md).
     */
    static final double DIRECTOR_DISCOUNT = 1;

    private LabelScorer(CatalogSnapshot catalog, LabelIndex labels, double alpha, double evidenceFrom, double discount, Signal.Kind kind,
                        Function<String, Cause> cause) {
        this.labels = labels;
        this.scale = PopularityScorer.labelScale(catalog);
        this.alpha = alpha;
        this.evidenceFrom = evidenceFrom;
        this.discount = discount;
        this.kind = kind;
        this.cause = cause;
    }

    /** The genre mix {@code G}. */
    static LabelScorer genres(CatalogSnapshot catalog, double alpha, double evidenceFrom) {
        return new LabelScorer(catalog, catalog.genres(), alpha, evidenceFrom, 0, Signal.Kind.YOUR_GENRES, Cause.Genre::new);
    }

    /** The director mix {@code D}, from the second film by the same director on. */
    static LabelScorer directors(CatalogSnapshot catalog, double alpha, double evidenceFrom) {
        return new LabelScorer(catalog, catalog.directors(), alpha, evidenceFrom, DIRECTOR_DISCOUNT, Signal.Kind.YOUR_DIRECTORS, Cause.Director::new);
    }

    /** The decade mix {@code E}. */
    static LabelScorer decades(CatalogSnapshot catalog, double alpha, double evidenceFrom) {
        return new LabelScorer(catalog, catalog.decades(), alpha, evidenceFrom, 0, Signal.Kind.YOUR_DECADES, Cause.Decade::new);
    }

    @Override
    public Signal score(Member m) {
        double[] posterior = labels.posterior(m.films(), m.allStars(), alpha, evidenceFrom, discount);
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
