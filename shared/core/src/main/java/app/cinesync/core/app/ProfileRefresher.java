package app.cinesync.core.app;

import app.cinesync.core.catalog.Movie;
import app.cinesync.core.catalog.MovieRepository;
import app.cinesync.core.embedding.ItemVectorizer;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.preference.PreferenceAnalyzer;
import app.cinesync.core.preference.PreferenceProfile;
import app.cinesync.core.preference.PreferenceRepository;
import app.cinesync.core.preference.RatedMovie;
import app.cinesync.core.preference.RatingBehavior;
import app.cinesync.core.rating.Rating;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.recommend.CatalogCache;
import app.cinesync.core.recommend.CatalogSnapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes a member's taste profile from all their ratings and stores it.
 * Idempotent: running it twice for the same ratings stores the same profile, so duplicate queue
 * deliveries are harmless.
 */
public final class ProfileRefresher {
    private final MovieRepository movies;
    private final RatingRepository ratings;
    private final PreferenceRepository preferences;
    private final CatalogCache catalog;
    private final Clock clock;

    ProfileRefresher(MovieRepository movies, RatingRepository ratings, PreferenceRepository preferences, CatalogCache catalog,
                     Clock clock) {
        this.movies = movies;
        this.ratings = ratings;
        this.preferences = preferences;
        this.catalog = catalog;
        this.clock = clock;
    }

    public PreferenceProfile refresh(long userId) {
        List<Rating> mine = ratings.ratingsOf(userId); // newest first
        CatalogSnapshot snapshot = catalog.get();
        List<RatedMovie> rated = new ArrayList<>(mine.size());
        Map<Long, Double> others = ratings.othersMeans(userId, RatingBehavior.MIN_OTHER_MEMBERS);
        for (Rating r : mine.reversed()) {
            int i = snapshot.indexOf(r.movieId());
            Optional<Movie> movie = i >= 0 ? Optional.of(snapshot.movie(i)) : movies.findById(r.movieId());
            if (movie.isEmpty()) {
                continue; // removed from the catalog meanwhile
            }
            SparseVector v = i >= 0 ? snapshot.vector(i) : ItemVectorizer.vectorize(movie.get());
            rated.add(new RatedMovie(movie.get(), r.stars().value(), others.getOrDefault(r.movieId(), Double.NaN), v));
        }
        PreferenceProfile profile = PreferenceAnalyzer.analyze(userId, rated,
                mine.isEmpty() ? null : mine.getFirst().ratedAt(), clock.instant());
        preferences.save(profile);
        return profile;
    }
}
