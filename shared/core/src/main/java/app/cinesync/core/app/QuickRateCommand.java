package app.cinesync.core.app;

import app.cinesync.commands.QuickRateId;
import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.QuickRate;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.core.recommend.RecommenderCache;
import app.cinesync.discord.ComponentInteraction;
import app.cinesync.discord.Message;
import java.time.Clock;
import java.util.List;

/**
 * The quick-rate set: a message of films to rate in place, one drop-down each (stars, or
 * "haven't seen it"), offered to members with few ratings. Every answer is applied at once (a
 * rating through the same path as {@code /rate}, exactly once per interaction) and the message is
 * redrawn with the next picks, which follow it ({@link QuickRate}).
 */
public final class QuickRateCommand {
    /** The answer meaning "haven't seen it". */
    public static final String NOT_SEEN = "unseen";

    private final RateCommand rate;
    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final FeedbackRepository feedback;
    private final CatalogCache catalog;
    private final RecommenderCache models;
    private final Clock clock;

    QuickRateCommand(RateCommand rate, MovieRepository movies, RatingRepository ratings, FeedbackRepository feedback,
                     CatalogCache catalog, RecommenderCache models, Clock clock) {
        this.rate = rate;
        this.movies = movies;
        this.ratings = ratings;
        this.feedback = feedback;
        this.catalog = catalog;
        this.models = models;
        this.clock = clock;
    }

    /**
     * An answer in the set, or one of its buttons; or the film picked among those a typed title may
     * mean ({@link QuickRateId.Choose}), rated as {@code /rate} would have. An id that is not one of
     * these is an expired component.
     */
    public Message handle(ComponentInteraction in) {
        Replies replies = Replies.in(in.language());
        return switch (QuickRateId.parse(in.customId()).orElseThrow(() -> new UserInputException("quick.expired"))) {
            case QuickRateId.Choose c -> rate.chosen(in, pickedFilm(in), c.stars());
            case QuickRateId.Start s -> next(in, replies, null);
            case QuickRateId.Pass p -> {
                p.movieIds().forEach(film -> feedback.skip(in.memberId(), film, clock.instant()));
                yield next(in, replies, null);
            }
            case QuickRateId.Answer a -> next(in, replies, answer(in, a.movieId(), replies));
        };
    }

    /** The set redrawn with the next picks, which follow the member's answers; {@code done} says what the last one did. */
    private Message next(ComponentInteraction in, Replies replies, String done) {
        MemberHistory history = MemberHistories.load(ratings, feedback, in.memberId());
        CatalogSnapshot snapshot = catalog.get();
        Recommender recommender = models.recommender(snapshot);
        List<Movie> next = models.quickRate(snapshot).next(recommender.member(history, null), feedback.skipped(in.memberId()), QuickRate.SHOWN);
        return replies.quickRate(next, history.size(), done);
    }

    /** The film id picked in a drop-down of films; anything else is a forged or broken component. */
    private static long pickedFilm(ComponentInteraction in) {
        String picked = in.picked().orElseThrow(() -> new UserInputException("quick.pick"));
        try {
            return Long.parseLong(picked);
        } catch (NumberFormatException e) {
            throw new UserInputException("quick.expired");
        }
    }

    /** Applies the member's answer for one film; what to tell them about it. */
    private String answer(ComponentInteraction in, long movieId, Replies replies) {
        Movie movie = movies.findById(movieId).orElseThrow(() -> new UserInputException("quick.gone"));
        String picked = in.picked().orElseThrow(() -> new UserInputException("quick.pick"));
        if (picked.equals(NOT_SEEN)) {
            feedback.skip(in.memberId(), movieId, clock.instant());
            return null;
        }
        Stars stars = Stars.parse(picked);
        RateOutcome outcome = rate.save(in, movie, stars);
        return outcome.duplicate() ? null : replies.quickRated(movie, stars, outcome.previous()); // a retry changed nothing
    }
}
