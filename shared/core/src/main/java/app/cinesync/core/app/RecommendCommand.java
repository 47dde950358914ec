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
import app.cinesync.core.recommend.PopularityModel;
import app.cinesync.core.recommend.Recommendation;
import app.cinesync.core.recommend.Recommender;
import app.cinesync.discord.Interaction;
import app.cinesync.discord.InteractionType;
import app.cinesync.discord.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /my_recommendations [count] [genre]} and its "More" button
 * ({@code recs:<count>:<offset>:<genre or ->}). With a trained collaborative model the hybrid
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
    private final Recommender recommender = new Recommender();

    RecommendCommand(RatingRepository ratings, PreferenceRepository preferences, CatalogCache catalog, ModelCache models) {
        this.ratings = ratings;
        this.preferences = preferences;
        this.catalog = catalog;
        this.models = models;
    }

    /** What was asked: how many, from where, which genre. */
    public record Request(int count, int offset, String genre) {
    }

    public Message handle(Interaction in) {
        Request request = in.type() == InteractionType.MESSAGE_COMPONENT ? fromButton(in.name()) : fromOptions(in);
        List<Rating> mine = ratings.ratingsOf(in.userId());
        CatalogSnapshot snapshot = catalog.get();
        Optional<HybridScorer> hybrid = models.scorer(snapshot);
        if (hybrid.isPresent()) {
            List<Rated> oldestFirst = mine.reversed().stream().map(r -> new Rated(r.movieId(), r.stars().value())).toList();
            MemberWeights weights = models.repository().weights(in.userId()).orElse(hybrid.get().params().weights());
            List<Recommendation> recs = HybridRanking.recommend(hybrid.get(), snapshot, oldestFirst, weights,
                    request.genre(), request.count(), request.offset());
            return Replies.recommendations(recs, request, mine.size(), Replies.hybridFooter(hybrid.get().model(), weights), false);
        }
        Map<Long, Double> rated = new HashMap<>();
        mine.forEach(r -> rated.put(r.movieId(), r.stars().value()));
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
        return new Request(count, 0, genre);
    }

    static Request fromButton(String customId) {
        String[] parts = customId.split(":");
        try {
            int count = Integer.parseInt(parts[1]);
            int offset = Integer.parseInt(parts[2]);
            String genre = parts.length > 3 && !parts[3].equals("-") ? Genres.find(parts[3]).orElseThrow() : null;
            if (count < 1 || count > MAX_COUNT || offset < 0 || offset > 1000) {
                throw new IllegalArgumentException();
            }
            return new Request(count, offset, genre);
        } catch (RuntimeException e) {
            throw new UserInputException("That button has expired; run `/my_recommendations` again.");
        }
    }

    static String moreButtonId(Request r) {
        return "recs:" + r.count() + ":" + (r.offset() + r.count()) + ":" + (r.genre() == null ? "-" : r.genre());
    }
}
