package app.cinesync.core.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The genres of a catalog and how the community spreads over them, for the genre scorer and the
 * genre personas. A film with {@code k} genres gives each of them a share {@code 1/k}.
 * <pre>
 *   prior(g)          = sum over films i of genre g of (count_i + 1) / k_i, normalised to sum 1
 *                       (the community's genre mix; the +1 keeps a genre nobody rated yet above 0)
 *   evidence(r)       = max(0, (r - from) / (5 - from))        how much one rating says about taste
 *   posterior_u(g)    = (sum over u's ratings of evidence(r) / k_i for g in genres(i) + alpha prior(g))
 *                       / (sum of evidence(r) + alpha)       Dirichlet posterior of the member's mix
 *   ratio_u(i)        = mean over g in genres(i) of posterior_u(g) / prior(g)
 * </pre>
 * A few consistent strong ratings (three 5-star horror films) move the posterior far from the
 * prior; a handful of mixed ones hardly move it, so the genre signal follows a taste only once the
 * member has shown one.
 */
public final class GenreIndex {
    private final List<String> names;
    private final int[][] filmGenres;
    /** Each film's genre combination (films with the same genres in the same order share one), and one film of each. */
    private final int[] combination;
    private final int[] combinationFilm;
    private final double[] prior;

    GenreIndex(CatalogSnapshot catalog) {
        Map<String, Integer> ids = new HashMap<>();
        names = new ArrayList<>();
        filmGenres = new int[catalog.size()][];
        List<Double> mass = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            List<String> genres = catalog.movie(i).genres();
            filmGenres[i] = new int[genres.size()];
            for (int k = 0; k < genres.size(); k++) {
                int g = ids.computeIfAbsent(genres.get(k), name -> {
                    names.add(name);
                    mass.add(0.0);
                    return names.size() - 1;
                });
                filmGenres[i][k] = g;
                mass.set(g, mass.get(g) + (catalog.ratingCount(i) + 1.0) / genres.size());
            }
        }
        double total = mass.stream().mapToDouble(Double::doubleValue).sum();
        prior = mass.stream().mapToDouble(m -> m / total).toArray();
        combination = new int[filmGenres.length];
        Map<List<Integer>, Integer> seen = new HashMap<>();
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < filmGenres.length; i++) {
            int film = i;
            combination[i] = seen.computeIfAbsent(java.util.Arrays.stream(filmGenres[i]).boxed().toList(), key -> {
                first.add(film);
                return first.size() - 1;
            });
        }
        combinationFilm = first.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many distinct genre combinations the catalog's films have. */
    int combinations() {
        return combinationFilm.length;
    }

    /** Film {@code i}'s genre combination (0 .. combinations() - 1). */
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

    public String name(int genre) {
        return names.get(genre);
    }

    /** The genre ids of film {@code i} (catalog index). */
    public int[] of(int film) {
        return filmGenres[film];
    }

    /** The community's genre mix. */
    public double prior(int genre) {
        return prior[genre];
    }

    /**
     * The member's genre mix given their ratings: the Dirichlet posterior above.
     *
     * @param films catalog indices of the rated films
     * @param stars their stars, in the same order
     */
    public double[] posterior(int[] films, double[] stars, double alpha, double evidenceFrom) {
        double[] counts = new double[names.size()];
        double total = 0;
        for (int k = 0; k < films.length; k++) {
            double e = Math.max(0, (stars[k] - evidenceFrom) / (5 - evidenceFrom));
            int[] gs = filmGenres[films[k]];
            if (e == 0 || gs.length == 0) {
                continue;
            }
            for (int g : gs) {
                counts[g] += e / gs.length;
            }
            total += e;
        }
        double[] out = new double[counts.length];
        for (int g = 0; g < out.length; g++) {
            out[g] = (counts[g] + alpha * prior[g]) / (total + alpha);
        }
        return out;
    }

    /** ratio_u(i): 1 for a film without genres. */
    public double ratio(int film, double[] posterior) {
        int[] gs = filmGenres[film];
        if (gs.length == 0) {
            return 1;
        }
        double sum = 0;
        for (int g : gs) {
            sum += posterior[g] / prior[g];
        }
        return sum / gs.length;
    }

    /** The genre of film {@code i} that the member's mix favours most over the community's, or -1. */
    public int strongest(int film, double[] posterior) {
        int best = -1;
        double bestRatio = 0;
        for (int g : filmGenres[film]) {
            double r = posterior[g] / prior[g];
            if (r > bestRatio) {
                bestRatio = r;
                best = g;
            }
        }
        return best;
    }
}
