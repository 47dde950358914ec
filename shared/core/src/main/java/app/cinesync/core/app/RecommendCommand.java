package app.cinesync.core.app;

import app.cinesync.core.model.HybridRanking;
import app.cinesync.core.model.HybridScorer;
import app.cinesync.core.model.MemberWeights;
import app.cinesync.core.model.ModelCache;
import app.cinesync.core.model.Rated;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.rating.Rating;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.rating.UserEmbedding;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.recommend.Blend;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.PopularityModel;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.discord.Interaction;
import app.cinesync.discord.InteractionType;
import app.cinesync.discord.Message;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /my_recommendations [count] [genre]} and its buttons: "More picks"
 * ({@code recs:<count>:<offset>:<genre or ->}) and "Not for me" on each film, which is remembered
 * (never recommended again, a negative example for the member's blend) and redraws the page. With a trained collaborative model the hybrid
 * ranks ({@link HybridRanking}); before the first {@code train}, the content embedding and the
 * popularity base model do ({@link Recommender}).
 */
public final class RecommendCommand {
    public static final int DEFAULT_COUNT = 5;
    public static final int MAX_COUNT = 10;

    private final RatingRepository ratings;
    private final PreferenceRepository preferences;
    private final CatalogCache catalog;
    private final ModelCache models;
    private final FeedbackRepository feedback;
    private final Clock clock;
    private final Recommender recommender = new Recommender();

    RecommendCommand(RatingRepository ratings, PreferenceRepository preferences, CatalogCache catalog, ModelCache models,
                     FeedbackRepository feedback, Clock clock) {
        this.ratings = ratings;
        this.preferences = preferences;
        this.catalog = catalog;
        this.models = models;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** What was asked: how many, from where, which genre. */
    /** @param dismissed the film the member just said "Not for me" to, or null */
    public record Request(int count, int offset, String genre, Long dismissed) {
    }

    public Message handle(Interaction in) {
        Request request = in.type() == InteractionType.MESSAGE_COMPONENT ? fromButton(in.name()) : fromOptions(in);
        if (request.dismissed() != null) {
            feedback.dismiss(in.userId(), request.dismissed(), clock.instant());
        }
        List<Rating> mine = ratings.ratingsOf(in.userId());
        List<FeedbackRepository.Dismissal> dismissed = feedback.dismissals(in.userId());
        CatalogSnapshot snapshot = catalog.get();
        Optional<HybridScorer> hybrid = models.scorer(snapshot);
        if (hybrid.isPresent()) {
            List<Rated> oldestFirst = MemberHistory.oldestFirst(mine, dismissed);
            MemberWeights weights = models.repository().weights(in.userId()).orElse(hybrid.get().params().weights());
            List<Recommendation> recs = HybridRanking.recommend(hybrid.get(), snapshot, oldestFirst, weights,
                    request.genre(), request.count(), request.offset());
            return Replies.recommendations(recs, request, mine.size(), Replies.hybridFooter(hybrid.get().model(), weights), false);
        }
        Map<Long, Double> rated = new HashMap<>();
        mine.forEach(r -> rated.put(r.movieId(), r.stars().value()));
        dismissed.forEach(d -> rated.putIfAbsent(d.movieId(), MemberHistory.NOT_FOR_ME)); // never shown again
        float[] embedding = ratings.embedding(in.userId()).map(UserEmbedding::vector).orElseGet(() -> new float[ItemVectorizer.DIMENSION]);
        Blend blend = preferences.blend(in.userId()).orElseGet(() -> Blend.forRatingCount(mine.size()));
        List<Recommendation> recs = recommender.recommend(snapshot, PopularityModel.scores(snapshot), embedding, rated,
                blend, request.genre(), request.count(), request.offset());
        return Replies.recommendations(recs, request, mine.size(), Replies.contentFooter(blend), true);
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
                throw new UserInputException("`count` is a number from 1 to " + MAX_COUNT + ".");
            }
        }
        String genre = null;
        if (in.option("genre").isPresent()) {
            String asked = in.option("genre").get();
            genre = Genres.find(asked).orElseThrow(() -> new UserInputException("I don't know the genre **"
                    + app.cinesync.discord.Text.cut(asked, 40) + "**. Genres: " + String.join(", ", Genres.ALL) + "."));
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
            throw new UserInputException("That button has expired; run `/my_recommendations` again.");
        }
    }

    static String moreButtonId(Request r) {
        return "recs:" + r.count() + ":" + (r.offset() + r.count()) + ":" + (r.genre() == null ? "-" : r.genre());
    }

    /** Waves the film away and shows the same page again without it. */
    static String notForMeButtonId(Request r, long movieId) {
        return "recs:no:" + movieId + ":" + r.count() + ":" + r.offset() + ":" + (r.genre() == null ? "-" : r.genre());
    }
}
