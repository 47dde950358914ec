package app.cinesync.core.app;

import app.cinesync.commands.Commands;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.catalog.TitleQuery;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.Member;
import app.cinesync.core.recommend.QuickRate;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.core.recommend.RecommenderCache;
import app.cinesync.core.recommend.TopK;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Film suggestions for {@code /rate movie:}, at most {@value #MAX}. Before anything is typed: the
 * films the member will most likely rate next, those they have probably seen and not rated yet,
 * ranked as the quick-rate set ranks them ({@link QuickRate#ask}: popular in the community, and
 * following the member's own ratings through the collaborative model; before any training, the
 * member's own ranking), then, if the model knows too few, the rest of their ranking. Films they
 * rated, waved away or said they haven't seen are left out. Once text is typed: titles matching
 * every word, case- and accent-insensitively ("amelie" finds "Amélie"), those starting with the
 * text first, then those where each word typed starts a word, then the rest, the most rated first
 * within each (their other names too: "new hope" finds Star Wars); when no title has every word, the
 * titles that come close to the text ("godfathr" finds The Godfather). A text ending in "(2001)"
 * keeps only that year's films. The value sent back is
 * {@code m:<id>}, so the film the member picked is the film rated even when titles repeat.
 */
public final class TitleAutocomplete implements Autocompleter {
    public static final int MAX = 25;
    /** Longer input cannot be a title; it is cut before it reaches the database. */
    private static final int MAX_QUERY = 100;

    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final FeedbackRepository feedback;
    private final CatalogCache catalog;
    private final RecommenderCache models;

    TitleAutocomplete(MovieRepository movies, RatingRepository ratings, FeedbackRepository feedback, CatalogCache catalog,
                      RecommenderCache models) {
        this.movies = movies;
        this.ratings = ratings;
        this.feedback = feedback;
        this.catalog = catalog;
        this.models = models;
    }

    @Override
    public List<Choice> suggest(long memberId, String command, String option, String text) {
        if (!Commands.RATE.equals(command) || !Commands.MOVIE.equals(option)) {
            return List.of();
        }
        TitleQuery query = TitleQuery.parse(text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text);
        List<Movie> films = query.folded().isEmpty() ? likelyNext(memberId, query.year()) : movies.search(query.folded(), query.year(), MAX);
        if (films.isEmpty() && !query.folded().isEmpty()) { // a misspelling: "godfathr"
            films = catalog.get().closeTitles(query.folded(), query.year(), MAX);
        }
        return films.stream().map(TitleAutocomplete::choice).toList();
    }

    /** The films the member will most likely rate next, of {@code year} when given. */
    private List<Movie> likelyNext(long memberId, Integer year) {
        CatalogSnapshot snapshot = catalog.get();
        Recommender recommender = models.recommender(snapshot);
        Member member = recommender.member(MemberHistories.load(ratings, feedback, memberId), null);
        Set<Long> skipped = feedback.skipped(memberId);
        List<Movie> out = new ArrayList<>(MAX);
        boolean[] taken = new boolean[snapshot.size()];
        QuickRate quickRate = models.quickRate(snapshot);
        for (Supplier<double[]> rankings : List.<Supplier<double[]>>of(() -> quickRate.ask(member), () -> recommender.scores(member))) {
            double[] ranking = rankings.get();
            for (int i = 0; i < ranking.length; i++) {
                Movie m = snapshot.movie(i);
                if (taken[i] || skipped.contains(m.id()) || (year != null && !year.equals(m.year()))) {
                    ranking[i] = Double.NEGATIVE_INFINITY;
                }
            }
            for (int i : TopK.of(ranking, MAX - out.size())) {
                taken[i] = true;
                out.add(snapshot.movie(i));
            }
            if (out.size() == MAX) {
                break;
            }
        }
        return out;
    }

    /** The film as a suggestion, its title within Discord's limit ({@link Replies#displayTitle(Movie, int)}). */
    static Choice choice(Movie m) {
        return new Choice(Replies.displayTitle(m, Choice.NAME), RateCommand.ID_PREFIX + m.id());
    }
}
