package app.cinesync.core.app;

import app.cinesync.commands.RateInput;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieNotFoundException;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.catalog.TitleQuery;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.Message;
import app.cinesync.discord.StringSelect;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /rate movie rating} and the rating form: validates both, finds the film, stores the
 * rating and learns from it in one transaction, then asks for the profile to be refreshed.
 */
public final class RateCommand {
    /** Autocomplete values are {@code m:<movie id>}; anything else is a typed title. */
    public static final String ID_PREFIX = "m:";
    /** How many films a title that names none exactly is offered as: as many as a drop-down holds. */
    private static final int CANDIDATES = StringSelect.MAX_OPTIONS;
    private static final Logger LOG = LoggerFactory.getLogger(RateCommand.class);

    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final CatalogCache catalog;
    private final ProfileQueue queue;
    private final Clock clock;

    RateCommand(MovieRepository movies, RatingRepository ratings, CatalogCache catalog, ProfileQueue queue, Clock clock) {
        this.movies = movies;
        this.ratings = ratings;
        this.catalog = catalog;
        this.queue = queue;
        this.clock = clock;
    }

    /** {@code /rate movie rating}, or the rating form's submit. */
    public Message handle(MemberInteraction in) {
        RateInput input = RateInput.of(in);
        String named = input.film().orElseThrow(() -> new UserInputException("rate.nameTheFilm"));
        Stars stars = Stars.parse(input.stars().orElseThrow(() -> new UserInputException("rate.giveARating", Stars.MIN_STARS, Stars.MAX_STARS)));
        Replies replies = Replies.in(in.language());
        Movie movie;
        try {
            movie = resolve(named);
        } catch (MovieNotFoundException e) {
            if (e.candidates().isEmpty()) {
                throw e;
            }
            return replies.whichFilm(Mistakes.describe(e, replies.texts()).orElseThrow(), e.candidates(), String.valueOf(stars.value()));
        }
        return saved(in, movie, stars, replies);
    }

    /** Rates the film picked among those a typed title may mean, with the stars given then. */
    Message chosen(MemberInteraction in, long movieId, String stars) {
        Movie movie = movies.findById(movieId).orElseThrow(() -> new UserInputException("quick.gone"));
        return saved(in, movie, Stars.parse(stars), Replies.in(in.language()));
    }

    private Message saved(MemberInteraction in, Movie movie, Stars stars, Replies replies) {
        RateOutcome outcome = save(in, movie, stars);
        return outcome.duplicate() ? replies.alreadyApplied(movie, outcome) : replies.rated(movie, stars, outcome);
    }

    /** Stores the member's rating of the film and learns from it, once per interaction; then asks for a profile refresh. */
    RateOutcome save(MemberInteraction in, Movie movie, Stars stars) {
        // what makes a retry harmless: the parser lets no interaction from outside through without
        // a snowflake id; only interactions built in code (tests) may have none
        Long interactionId = in.id() == null ? null : Long.valueOf(in.id());
        RateOutcome outcome = ratings.rate(in.memberId(), movie.id(), stars, clock.instant(), vectorOf(movie), interactionId);
        try {
            queue.enqueue(in.memberId());
        } catch (RuntimeException e) {
            // The rating is safe; /my_stats recomputes a stale profile itself.
            LOG.warn("profile refresh not queued: {}", e.toString());
        }
        return outcome;
    }

    /**
     * The film a member named: an autocomplete id, or a title with an optional "(year)" (or a year
     * as its last word, when the title with it names no film): the one film of that name, else the
     * one film with all the words typed in a name of its own. A title that names none or several
     * is refused with the films it may mean: those of that name, else with every word typed, else
     * those whose titles come close to it.
     */
    public Movie resolve(String named) {
        String text = named.strip();
        if (text.startsWith(ID_PREFIX)) {
            try {
                long id = Long.parseLong(text.substring(ID_PREFIX.length()));
                return movies.findById(id).orElseThrow(() -> new MovieNotFoundException(named, List.of()));
            } catch (NumberFormatException e) {
                throw new MovieNotFoundException(text, List.of());
            }
        }
        if (text.length() > Movie.MAX_TITLE + 7) {
            throw new MovieNotFoundException(text, List.of());
        }
        TitleQuery query = TitleQuery.parse(text);
        if (query.folded().isEmpty()) {
            throw new MovieNotFoundException(named, List.of());
        }
        List<Movie> exact = movies.findByTitle(query.folded(), query.year());
        Optional<Movie> one = single(query, exact).or(() -> query.trailingYear() // "heat 1995"
                .flatMap(withYear -> single(withYear, movies.findByTitle(withYear.folded(), withYear.year()))));
        if (one.isPresent()) {
            return one.get();
        }
        List<Movie> candidates = exact;
        if (candidates.isEmpty()) {
            candidates = movies.search(query.folded(), query.year(), CANDIDATES);
        }
        if (candidates.isEmpty()) { // a misspelling: "godfathr"
            candidates = catalog.get().closeTitles(query.folded(), query.year(), CANDIDATES);
        }
        throw new MovieNotFoundException(named, candidates);
    }

    /**
     * The one film of that name ({@code exact}: the films of that name), else the one with all the
     * words typed in a name of its own ("Shawshank Redemption", "A New Hope").
     */
    private Optional<Movie> single(TitleQuery query, List<Movie> exact) {
        if (!exact.isEmpty()) {
            return exact.size() == 1 ? Optional.of(exact.getFirst()) : Optional.empty();
        }
        List<Movie> byWords = movies.findByWords(query.folded(), query.year(), 2);
        return byWords.size() == 1 ? Optional.of(byWords.getFirst()) : Optional.empty();
    }

    private SparseVector vectorOf(Movie movie) {
        CatalogSnapshot snapshot = catalog.get();
        int i = snapshot.indexOf(movie.id());
        return i >= 0 ? snapshot.vector(i) : ItemVectorizer.vectorize(movie);
    }
}
