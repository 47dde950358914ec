package app.cinesync.core.recommend;

/**
 * The member's genre mix against the community's ({@link GenreIndex}):
 * {@code G_i = ln ratio_u(i) / ln(1 + max count)}, on the scale of {@link PopularityScorer}, so
 * that {@code P_i + eta G_i} is the log of "popular among members with this genre mix":
 * {@code count_i * ratio_u(i)^eta}. Positive for films of the genres the member has shown a taste
 * for, negative for the others, near 0 until their ratings agree on a taste.
 */
public final class GenreScorer implements Scorer {
    private final GenreIndex genres;
    private final double scale;
    private final double alpha;
    private final double evidenceFrom;

    GenreScorer(CatalogSnapshot catalog, double alpha, double evidenceFrom) {
        this.genres = catalog.genres();
        this.scale = PopularityScorer.scale(catalog);
        this.alpha = alpha;
        this.evidenceFrom = evidenceFrom;
    }

    @Override
    public Signal score(Member m) {
        double[] posterior = genres.posterior(m.films(), m.allStars(), alpha, evidenceFrom);
        return new Signal() {
            @Override
            public Kind kind() {
                return Kind.YOUR_GENRES;
            }

            @Override
            public double at(int film) {
                return Math.log(genres.ratio(film, posterior)) / scale;
            }

            /** One logarithm per genre combination, not per film. */
            @Override
            public void addTo(double[] out, double weight) {
                double[] byCombination = new double[genres.combinations()];
                for (int c = 0; c < byCombination.length; c++) {
                    byCombination[c] = weight * at(genres.filmOf(c));
                }
                for (int i = 0; i < out.length; i++) {
                    out[i] += byCombination[genres.combination(i)];
                }
            }

            @Override
            public void causes(int film, Cause.Sink sink) {
                int g = genres.strongest(film, posterior);
                if (g >= 0) {
                    sink.add(new Cause.Genre(genres.name(g)), at(film));
                }
            }
        };
    }
}
