package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.model.EaseModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The onboarding set: films to offer a new member for rating in place, chosen to teach the model
 * the most from the fewest answers. The MovieLens onboarding studies (Rashid et al., IUI 2002)
 * found that asking films both widely seen and divisive works best ("Pop*Ent"): a member can rate a
 * popular film, and a film everyone rates alike tells little. Two things are added. Films the
 * community rates well come first: the ranking learns from what a member likes (a low rating
 * weighs little in {@link CollaborativeScorer}), so an answer of 4 or 5 stars teaches more than a
 * 1; and the choice follows the answers: once the member has rated some, films the collaborative
 * model links to those ratings (which they have likely seen too) come forward:
 * <pre>
 *   ask_i = ln(1 + count_i) * H_i * m_i^{@value #LIKED_EXPONENT} * (1 + {@value #FOLLOW} * max(0, C_i))
 *   m_i   = (sum of the film's stars + {@value #MEAN_PRIOR} * community mean) / (count_i + {@value #MEAN_PRIOR})
 * </pre>
 * ({@code H_i} the entropy of the film's ratings, kept with the trained model; {@code m_i} its
 * mean rating, pulled towards the community's mean while it has few; {@code C_i} the member's
 * collaborative signal). Films outside the model are not asked. Before any training there is
 * neither, and the set is the member's own ranking (the community's favourites, tilted to the
 * genres they have shown). Films rated, dismissed or answered "haven't seen it" are never offered
 * again. On MovieLens, five answers chosen this way teach more than a member's first five ratings
 * or five at random when what counts is the films they will like next (the temporal protocol, +5%),
 * and as much as their first five when every film they will rate counts (docs/QUALITY.md).
 */
public final class QuickRate {
    /** Films offered at a time (one drop-down each in a message, beside a row of buttons). */
    public static final int SHOWN = 4;
    /** Members with fewer ratings than this are offered the set. */
    public static final int FOR_FEWER_THAN = 5;
    /** How strongly the next films follow the answers. */
    static final double FOLLOW = 0.5;
    /** How strongly well-liked films come first (chosen on validation: 2 to 4 are a plateau). */
    static final double LIKED_EXPONENT = 3;
    /** Ratings' worth of the community mean in a film's mean rating. */
    static final double MEAN_PRIOR = 10;

    private final Recommender recommender;
    private final double[] asking;

    public QuickRate(Recommender recommender) {
        this.recommender = recommender;
        CatalogSnapshot catalog = recommender.catalog();
        EaseModel model = recommender.model();
        Map<Long, Integer> rows = model.index();
        asking = new double[catalog.size()];
        for (int i = 0; i < asking.length; i++) {
            Integer row = rows.get(catalog.movie(i).id());
            double mean = (catalog.ratingSum(i) + MEAN_PRIOR * catalog.globalMean()) / (catalog.ratingCount(i) + MEAN_PRIOR);
            asking[i] = row == null ? Double.NEGATIVE_INFINITY
                    : Math.log1p(catalog.ratingCount(i)) * model.ratingEntropy()[row] * Math.pow(mean, LIKED_EXPONENT);
        }
    }

    /** The next {@code count} films to offer, best first. */
    public List<Movie> next(Member member, Set<Long> skipped, int count) {
        CatalogSnapshot catalog = recommender.catalog();
        double[] ask = ask(member);
        for (int i = 0; i < ask.length; i++) {
            if (skipped.contains(catalog.movie(i).id())) {
                ask[i] = Double.NEGATIVE_INFINITY;
            }
        }
        List<Movie> out = new ArrayList<>();
        for (int i : TopK.of(ask, count)) {
            out.add(catalog.movie(i));
        }
        return out;
    }

    /** {@code ask_i} for every film of the catalog (by index); {@code -infinity} for films never to offer. */
    public double[] ask(Member member) {
        double[] ask;
        if (recommender.model().size() == 0) {
            ask = recommender.scores(member);
        } else {
            Signal collab = recommender.signals(member).stream().map(Recommender.Weighted::signal)
                    .filter(x -> x.kind() == Signal.Kind.SIMILAR_MEMBERS).findFirst().orElseThrow();
            ask = new double[asking.length];
            for (int i = 0; i < ask.length; i++) {
                ask[i] = member.excluded(i) ? Double.NEGATIVE_INFINITY : asking[i] * (1 + FOLLOW * Math.max(0, collab.at(i)));
            }
        }
        return ask;
    }
}
