package app.cinesync.core.app;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.model.HybridScorer;
import app.cinesync.core.model.ItemPopularity;
import app.cinesync.core.model.MemberWeightFitter;
import app.cinesync.core.model.MemberWeights;
import app.cinesync.core.model.ModelCache;
import app.cinesync.core.model.Rated;
import app.cinesync.core.preference.PreferenceAnalyzer;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.preference.RatedMovie;
import app.cinesync.core.preference.RatingBehavior;
import app.cinesync.core.rating.Rating;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.BlendFitter;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.CatalogSnapshot;
import app.cinesync.core.recommend.FeedbackRepository;
import app.cinesync.core.recommend.PopularityModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes a member's taste profile and blend weights (the content blend, and the hybrid's
 * when a model is trained) from all their ratings and stores them.
 * Idempotent: running it twice for the same ratings stores the same profile, so duplicate queue
 * deliveries are harmless.
 */
public final class ProfileRefresher {
    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final PreferenceRepository preferences;
    private final CatalogCache catalog;
    private final ModelCache models;
    private final FeedbackRepository feedback;
    private final Clock clock;

    ProfileRefresher(MovieRepository movies, RatingRepository ratings, PreferenceRepository preferences, CatalogCache catalog,
                     ModelCache models, FeedbackRepository feedback, Clock clock) {
        this.movies = movies;
        this.ratings = ratings;
        this.preferences = preferences;
        this.catalog = catalog;
        this.models = models;
        this.feedback = feedback;
        this.clock = clock;
    }

    public PreferenceProfile refresh(long userId) {
        List<Rating> mine = ratings.ratingsOf(userId); // newest first
        CatalogSnapshot snapshot = catalog.get();
        float[] base = PopularityModel.scores(snapshot);
        List<RatedMovie> rated = new ArrayList<>(mine.size());
        List<BlendFitter.Observation> inTimeOrder = new ArrayList<>(mine.size());
        Map<Long, Double> others = ratings.othersMeans(userId, RatingBehavior.MIN_OTHER_MEMBERS);
        for (Rating r : mine.reversed()) {
            int i = snapshot.indexOf(r.movieId());
            Optional<Movie> movie = i >= 0 ? Optional.of(snapshot.movie(i)) : movies.findById(r.movieId());
            if (movie.isEmpty()) {
                continue; // removed from the catalog meanwhile
            }
            SparseVector v = i >= 0 ? snapshot.vector(i) : ItemVectorizer.vectorize(movie.get());
            rated.add(new RatedMovie(movie.get(), r.stars().value(), others.getOrDefault(r.movieId(), Double.NaN), v));
            inTimeOrder.add(new BlendFitter.Observation(v, i >= 0 ? base[i] : 0.5, r.stars().value()));
        }
        PreferenceProfile profile = PreferenceAnalyzer.analyze(userId, rated,
                mine.isEmpty() ? null : mine.getFirst().ratedAt(), clock.instant());
        preferences.save(profile);
        preferences.saveBlend(userId, BlendFitter.fit(inTimeOrder), inTimeOrder.size());
        models.scorer(snapshot).ifPresent(scorer -> fitHybrid(userId, scorer, snapshot,
                MemberHistory.oldestFirst(mine, feedback.dismissals(userId))));
        return profile;
    }

    /** The member's own hybrid blend, fitted by replaying their ratings and dismissals (MemberWeightFitter). */
    private void fitHybrid(long userId, HybridScorer scorer, CatalogSnapshot snapshot, List<Rated> rated) {
        // no trend signal in production yet (its weight is 0): zeros, as the fitter reads every signal
        MemberWeights weights = MemberWeightFitter.fit(scorer, rated, ItemPopularity.popularity(snapshot.ratingCounts()),
                new double[snapshot.size()]);
        models.repository().saveWeights(userId, weights, rated.size(), scorer.model().version());
    }
}
