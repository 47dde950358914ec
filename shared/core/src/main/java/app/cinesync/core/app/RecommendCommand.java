package app.cinesync.core.app;

import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.rating.UserEmbedding;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.MemberHistory;
import app.cinesync.core.recommend.Page;
import app.cinesync.core.recommend.Query;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.core.recommend.RecommenderCache;
import app.cinesync.discord.Interaction;
import app.cinesync.discord.InteractionType;
import app.cinesync.discord.Message;
import java.time.Clock;

/**
 * {@code /my_recommendations [count] [genre]} and its buttons: "More picks"
 * ({@code recs:<count>:<offset>:<genre or ->}) and "Not for me" on each film, which is remembered
 * (never recommended again) and redraws the page. One pipeline ranks, {@link Recommender}, with the
 * trained collaborative model when there is one.
 */
public final class RecommendCommand {
    public static final int DEFAULT_COUNT = 5;
    public static final int MAX_COUNT = 10;

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
    }

    public Message handle(Interaction in) {
        Request request = in.type() == InteractionType.MESSAGE_COMPONENT ? fromButton(in.name()) : fromOptions(in);
        if (request.dismissed() != null) {
            feedback.dismiss(in.userId(), request.dismissed(), clock.instant());
        }
        MemberHistory history = MemberHistories.load(ratings, feedback, in.userId());
        Recommender recommender = models.recommender(catalog.get());
        float[] embedding = ratings.embedding(in.userId()).map(UserEmbedding::vector).orElse(null);
        Page page = recommender.recommend(recommender.member(history, embedding),
                new Query(request.count(), request.offset(), request.genre()));
        return Replies.in(in.language()).recommendations(page, request, history.size(), recommender.model().trainedOn());
    }

    static Request fromOptions(Interaction in) {
        int count = DEFAULT_COUNT;
        if (in.option("count").isPresent()) {
            try {
                count = Integer.parseInt(in.option("count").get());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_COUNT) {
                throw new UserInputException("recs.count", MAX_COUNT);
            }
        }
        String genre = null;
        if (in.option("genre").isPresent()) {
            String asked = in.option("genre").get();
            genre = Genres.find(asked).orElseThrow(() -> new Genres.UnknownGenreException(asked));
        }
        return new Request(count, 0, genre, null);
    }

    /** {@code recs:<count>:<offset>:<genre>} (More picks) or {@code recs:no:<film>:<count>:<offset>:<genre>} (Not for me). */
    static Request fromButton(String customId) {
        String[] parts = customId.split(":");
        try {
            Long dismissed = null;
            int at = 1;
            if (parts[1].equals("no")) {
                dismissed = Long.parseLong(parts[2]);
                at = 3;
            }
            int count = Integer.parseInt(parts[at]);
            int offset = Integer.parseInt(parts[at + 1]);
            String genre = parts.length > at + 2 && !parts[at + 2].equals("-") ? Genres.find(parts[at + 2]).orElseThrow() : null;
            if (count < 1 || count > MAX_COUNT || offset < 0 || offset > 1000) {
                throw new IllegalArgumentException();
            }
            return new Request(count, offset, genre, dismissed);
        } catch (RuntimeException e) {
            throw new UserInputException("recs.expired");
        }
    }

    /** The first page of default picks, as a button ("See my picks"). */
    static String firstPageButtonId() {
        return "recs:" + DEFAULT_COUNT + ":0:-";
    }

    static String moreButtonId(Request r) {
        return "recs:" + r.count() + ":" + (r.offset() + r.count()) + ":" + (r.genre() == null ? "-" : r.genre());
    }

    /** Waves the film away and shows the same page again without it. */
    static String notForMeButtonId(Request r, long movieId) {
        return "recs:no:" + movieId + ":" + r.count() + ":" + r.offset() + ":" + (r.genre() == null ? "-" : r.genre());
    }
}
