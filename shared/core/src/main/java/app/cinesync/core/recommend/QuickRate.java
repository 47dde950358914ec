package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The onboarding set: films to offer a new member for rating in place, chosen to teach the model
 * the most from the fewest answers (Rashid et al., IUI 2002, balance "likely seen" against "telling").
 * A film is likely seen when the ranking, given what the member has told us so far, puts it high
 * (the community's favourites first, then ever closer to the member's taste as answers arrive); it
 * is telling when rating it moves many other films' collaborative scores, measured by its row of
 * the trained model:
 * <pre>
 *   ask_i = score_i + informative * w_p(n) * ln(1 + |B[m(i)]|_1) / ln(1 + max_j |B[j]|_1)
 * </pre>
 * ({@code score_i} the member's ranking score, {@code w_p(n)} their popularity weight, so both
 * terms shrink together as the member's own signals take over). Films rated, dismissed or skipped
 * are never offered again. Before any training only "likely seen" counts.
 */
public final class QuickRate {
    /** About ten films: two messages' worth of selects. */
    public static final int SET = 10;
    /** Members with fewer ratings than this are offered the set. */
    public static final int FOR_FEWER_THAN = 5;
    /** The weight of "telling" against "likely seen", chosen by the onboarding simulation on validation (docs/QUALITY.md). */
    public static final double INFORMATIVE = 1;

    private final Recommender recommender;
    private final double[] telling;
    private final double informative;

    public QuickRate(Recommender recommender, double informative) {
        this.recommender = recommender;
        this.informative = informative;
        CatalogSnapshot catalog = recommender.catalog();
        EaseModel model = recommender.model();
        java.util.Map<Long, Integer> rows = model.index();
        double[] mass = new double[model.size()];
        double max = 0;
        for (int j = 0; j < mass.length; j++) {
            for (float w : model.row(j)) {
                mass[j] += Math.abs(w);
            }
            max = Math.max(max, mass[j]);
        }
        telling = new double[catalog.size()];
        for (int i = 0; i < telling.length; i++) {
            Integer row = rows.get(catalog.movie(i).id());
            telling[i] = row == null || max == 0 ? 0 : Math.log1p(mass[row]) / Math.log1p(max);
        }
    }

    /** The next {@code count} films to offer, best first. */
    public List<Movie> next(Member member, Set<Long> skipped, int count) {
        double[] ask = recommender.scores(member);
        double weight = informative * recommender.config().popularityWeight(member.ratingCount());
        CatalogSnapshot catalog = recommender.catalog();
        for (int i = 0; i < ask.length; i++) {
            if (skipped.contains(catalog.movie(i).id())) {
                ask[i] = Double.NEGATIVE_INFINITY;
            } else if (ask[i] != Double.NEGATIVE_INFINITY) {
                ask[i] += weight * telling[i];
            }
        }
        List<Movie> out = new ArrayList<>();
        for (int i : TopK.of(ask, count)) {
            out.add(catalog.movie(i));
        }
        return out;
    }
}
