package app.cinesync.core.app;

import app.cinesync.commands.Commands;
import app.cinesync.commands.RecommendId;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.rating.UserEmbedding;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Query;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.core.recommend.RecommenderCache;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.ComponentInteraction;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.Message;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code /my_recommendations [count] [genre]} and its buttons ({@link RecommendId}): "More picks"
 * and "Not for me" on each film, which is remembered (never recommended again) and redraws the
 * page. One pipeline ranks, {@link Recommender}, with the trained collaborative model when there
 * is one.
 */
public final class RecommendCommand {
    private final RatingRepository ratings;
    private final CatalogCache catalog;
    private final RecommenderCache models;
    private final FeedbackRepository feedback;
    private final Clock clock;

    RecommendCommand(RatingRepository ratings, CatalogCache catalog, RecommenderCache models, FeedbackRepository feedback,
                     Clock clock) {
        this.ratings = ratings;
        this.catalog = catalog;
        this.models = models;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** What was asked: how many, from where, which genre; {@code dismissed} is the film just waved away, or null. */
    public record Request(int count, int offset, String genre, Long dismissed) {
        /** The button that shows the next page, or empty when no button can ask for it ({@link RecommendId#MAX_OFFSET}). */
        Optional<RecommendId.MorePicks> more() {
            return new RecommendId.MorePicks(count, offset, genre).next();
        }

        /** The button that waves {@code movieId} away and shows this page again. */
        RecommendId.NotForMe notForMe(long movieId) {
            return new RecommendId.NotForMe(movieId, count, offset, genre);
        }
    }

    /** The command, or a click on one of its buttons. */
    public Message handle(MemberInteraction in) {
        Request request = switch (in) {
            case ComponentInteraction click -> fromButton(click.customId());
            case CommandInteraction command -> fromOptions(command);
            default -> throw new IllegalArgumentException("not a recommendation request: " + in.getClass().getSimpleName());
        };
        if (request.dismissed() != null) {
            feedback.dismiss(in.memberId(), request.dismissed(), clock.instant());
        }
        MemberHistory history = MemberHistories.load(ratings, feedback, in.memberId());
        Recommender recommender = models.recommender(catalog.get());
        float[] embedding = ratings.embedding(in.memberId()).map(UserEmbedding::vector).orElse(null);
        Page page = recommender.recommend(recommender.member(history, embedding),
                new Query(request.count(), request.offset(), request.genre()));
        int trainedOn = recommender.model().trainedOn();
        long counted = recommender.catalog().totalRatings();
        // more ratings in the catalog than the member has given: someone else rated; else ask (the catalog may be a minute old)
        boolean othersRated = trainedOn > 0 || history.size() == 0 || counted > history.size() || ratings.othersRated(in.memberId());
        return Replies.in(in.language()).recommendations(page, request, history.size(), trainedOn, counted, othersRated);
    }

    static Request fromOptions(CommandInteraction in) {
        int count = Commands.DEFAULT_COUNT;
        if (in.option(Commands.COUNT).isPresent()) {
            try {
                count = Integer.parseInt(in.option(Commands.COUNT).get());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < Commands.MIN_COUNT || count > Commands.MAX_COUNT) {
                throw new UserInputException("recs.count", Commands.MAX_COUNT);
            }
        }
        String genre = null;
        if (in.option(Commands.GENRE).isPresent()) {
            String asked = in.option(Commands.GENRE).get();
            genre = Genres.find(asked).orElseThrow(() -> new Genres.UnknownGenreException(asked));
        }
        return new Request(count, 0, genre, null);
    }

    /** An old, forged or otherwise malformed button id, or a genre no longer in the vocabulary, is an expired button. */
    static Request fromButton(String customId) {
        RecommendId id = RecommendId.parse(customId).orElseThrow(RecommendCommand::expired);
        return switch (id) {
            case RecommendId.MorePicks p -> new Request(p.count(), p.offset(), genre(p.genre()), null);
            case RecommendId.NotForMe n -> new Request(n.count(), n.offset(), genre(n.genre()), n.movieId());
        };
    }

    private static String genre(String named) {
        return named == null ? null : Genres.find(named).orElseThrow(RecommendCommand::expired);
    }

    private static UserInputException expired() {
        return new UserInputException("recs.expired");
    }
}
