package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One kind of label of a catalog's films (their genres, directors or decade) and how the community
 * spreads over the labels, for the {@link LabelScorer}s, the distinct tastes of {@link Calibration}
 * and the personas. A film with {@code k} labels gives each of them a share {@code 1/k}.
 * <pre>
 *   prior(g)          = sum over films i of label g of (count_i + 1) / k_i, normalised to sum 1
 *                       (the community's label mix; the +1 keeps a label nobody rated yet above 0)
 *   evidence(r)       = max(0, (r - from) / (5 - from))        how much one rating says about taste
 *   c_u(g)            = max(0, sum over u's ratings of evidence(r) / k_i for g in labels(i) - discount)
 *   posterior_u(g)    = (c_u(g) + alpha prior(g)) / (sum over labels h of c_u(h) + alpha)   Dirichlet posterior of the member's mix
 *   ratio_u(i)        = mean over g in labels(i) of posterior_u(g) / prior(g)
 * </pre>
 * A few consistent strong ratings (three 5-star horror films) move the posterior far from the
 * prior; a handful of mixed ones hardly move it, so the label signal follows a taste only once the
 * member has shown one. The posterior sums to 1 like the prior, so that on the community's average
 * a film with labels is neither raised nor lowered against one without: evidence the discount does
 * not count (one film by each of five directors) is no evidence against the other directors'
 * films, which in a catalog where only some films name a director would push those films down.
 */
public final class LabelIndex {
    private final List<String> names;
    private final int[][] filmLabels;
    /** Each film's label combination (films with the same labels in the same order share one), and one film of each. */
    private final int[] combination;
    private final int[] combinationFilm;
    private final double[] prior;
    /** How far above the community's share a label must be to be favoured: above rounding, far below any evidence. */
    private static final double FAVOURS = 1e-9;

    /** The films' genres. */
    static LabelIndex genres(CatalogSnapshot catalog) {
        return new LabelIndex(catalog, Movie::genres);
    }

    /** The films' directors. */
    static LabelIndex directors(CatalogSnapshot catalog) {
        return new LabelIndex(catalog, Movie::directors);
    }

    /** The films' decades ("1950s"; none when the year is unknown). */
    static LabelIndex decades(CatalogSnapshot catalog) {
        return new LabelIndex(catalog, m -> m.decade() == null ? List.of() : List.of(m.decade()));
    }

    private LabelIndex(CatalogSnapshot catalog, Function<Movie, List<String>> labels) {
        Map<String, Integer> ids = new HashMap<>();
        names = new ArrayList<>();
        filmLabels = new int[catalog.size()][];
        List<Double> mass = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            List<String> own = labels.apply(catalog.movie(i));
            filmLabels[i] = new int[own.size()];
            for (int k = 0; k < own.size(); k++) {
                int g = ids.computeIfAbsent(own.get(k), name -> {
                    names.add(name);
                    mass.add(0.0);
                    return names.size() - 1;
                });
                filmLabels[i][k] = g;
                mass.set(g, mass.get(g) + (catalog.ratingCount(i) + 1.0) / own.size());
            }
        }
        double total = mass.stream().mapToDouble(Double::doubleValue).sum();
        prior = mass.stream().mapToDouble(m -> m / total).toArray();
        combination = new int[filmLabels.length];
        Map<List<Integer>, Integer> seen = new HashMap<>();
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < filmLabels.length; i++) {
            int film = i;
            combination[i] = seen.computeIfAbsent(java.util.Arrays.stream(filmLabels[i]).boxed().toList(), key -> {
                first.add(film);
                return first.size() - 1;
            });
        }
        combinationFilm = first.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many distinct label combinations the catalog's films have. */
    int combinations() {
        return combinationFilm.length;
    }

    /** Film {@code i}'s label combination (0 .. combinations() - 1). */
    int combination(int film) {
        return combination[film];
    }

    /** A film that has combination {@code c}: {@code ratio} of it is the ratio of every film with it. */
    int filmOf(int combination) {
        return combinationFilm[combination];
    }

    public int size() {
        return names.size();
    }

    public String name(int label) {
        return names.get(label);
    }

    /** The label ids of film {@code i} (catalog index). */
    public int[] of(int film) {
        return filmLabels[film];
    }

    /** The community's label mix. */
    public double prior(int label) {
        return prior[label];
    }

    /**
     * The member's label mix given their ratings: the Dirichlet posterior above.
     *
     * @param films    catalog indices of the rated films
     * @param stars    their stars, in the same order
     * @param discount films' worth of each label's evidence not counted (0 for genres and decades; for
     *                 directors one film is not yet a taste)
     */
    public double[] posterior(int[] films, double[] stars, double alpha, double evidenceFrom, double discount) {
        double[] counts = new double[names.size()];
        for (int k = 0; k < films.length; k++) {
            double e = Math.max(0, (stars[k] - evidenceFrom) / (5 - evidenceFrom));
            int[] gs = filmLabels[films[k]];
            if (e == 0 || gs.length == 0) {
                continue;
            }
            for (int g : gs) {
                counts[g] += e / gs.length;
            }
        }
        double kept = 0;
        for (int g = 0; g < counts.length; g++) {
            counts[g] = Math.max(0, counts[g] - discount);
            kept += counts[g];
        }
        double[] out = new double[counts.length];
        for (int g = 0; g < out.length; g++) {
            out[g] = (counts[g] + alpha * prior[g]) / (kept + alpha);
        }
        return out;
    }

    /** ratio_u(i): 1 for a film without labels. */
    public double ratio(int film, double[] posterior) {
        int[] gs = filmLabels[film];
        if (gs.length == 0) {
            return 1;
        }
        double sum = 0;
        for (int g : gs) {
            sum += posterior[g] / prior[g];
        }
        return sum / gs.length;
    }

    /**
     * The label of film {@code i} that the member's mix favours most over the community's, or -1 when
     * it favours none of them: a mix that is the community's (no evidence for the label) is no taste,
     * even where rounding puts it a hair above.
     */
    public int strongest(int film, double[] posterior) {
        int best = -1;
        double bestRatio = 1 + FAVOURS;
        for (int g : filmLabels[film]) {
            double r = posterior[g] / prior[g];
            if (r > bestRatio) {
                bestRatio = r;
                best = g;
            }
        }
        return best;
    }
}
