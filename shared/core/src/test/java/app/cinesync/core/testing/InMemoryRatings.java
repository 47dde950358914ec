package app.cinesync.core.testing;

import app.cinesync.core.db.DataAccessException;
import app.cinesync.core.embedding.SparseVector;
import app.cinesync.core.embedding.TasteVector;
import app.cinesync.core.rating.RateOutcome;
import app.cinesync.core.rating.Rating;
import app.cinesync.core.rating.RatingRepository;
import app.cinesync.core.rating.Stars;
import app.cinesync.core.rating.UserEmbedding;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@link RatingRepository} in memory, as {@code JdbcRatingRepository} behaves: one rating per member
 * and film, the film's counters and the member's taste vector moved with it, each interaction
 * applied once, and a film that does not exist refused (as its foreign key refuses it) with nothing changed.
 */
public final class InMemoryRatings implements RatingRepository {
    private final InMemoryStorage db;
    private final Map<Long, Map<Long, Rating>> byMember = new HashMap<>();
    private final Map<Long, float[]> tastes = new HashMap<>();
    private final Map<Long, Long> updates = new HashMap<>();
    /** Applied interaction ids, with when. */
    private final Map<Long, Instant> applied = new HashMap<>();

    InMemoryRatings(InMemoryStorage db) {
        this.db = db;
    }

    @Override
    public RateOutcome rate(long userId, long movieId, Stars stars, Instant at, SparseVector itemVector, Long interactionId) {
        db.reach();
        synchronized (db.lock) {
            Map<Long, Rating> mine = byMember.computeIfAbsent(userId, k -> new HashMap<>());
            if (interactionId != null && applied.containsKey(interactionId)) {
                Rating standing = mine.get(movieId);
                return RateOutcome.alreadyApplied(standing == null ? null : standing.stars(), mine.size(), updates.getOrDefault(userId, 0L));
            }
            Rating previous = mine.get(movieId);
            if (!db.movies.counted(movieId, previous == null ? 1 : 0, stars.value() - (previous == null ? 0 : previous.stars().value()))) {
                throw new DataAccessException(new SQLIntegrityConstraintViolationException(
                        "insert or update on table \"ratings\" violates foreign key constraint \"ratings_movie_id_fkey\"", "23503"));
            }
            if (interactionId != null) {
                applied.put(interactionId, at);
            }
            mine.put(movieId, new Rating(userId, movieId, stars, at));
            float[] taste = tastes.computeIfAbsent(userId, k -> TasteVector.empty());
            if (previous == null) {
                TasteVector.add(taste, itemVector, stars.value());
            } else {
                TasteVector.rerate(taste, itemVector, previous.stars().value(), stars.value());
            }
            long count = updates.merge(userId, 1L, Long::sum);
            return RateOutcome.applied(previous == null ? null : previous.stars(), stars, mine.size(), count);
        }
    }

    /** How many ratings of each film were given in {@code (from, to]}, as the catalog reader counts them. */
    Map<Long, Integer> ratedBetween(Instant from, Instant to) {
        Map<Long, Integer> out = new HashMap<>();
        for (Map<Long, Rating> mine : byMember.values()) {
            for (Rating r : mine.values()) {
                if (r.ratedAt().isAfter(from) && !r.ratedAt().isAfter(to)) {
                    out.merge(r.movieId(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    @Override
    public List<Rating> ratingsOf(long userId) {
        db.reach();
        synchronized (db.lock) {
            return byMember.getOrDefault(userId, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Rating::ratedAt).reversed().thenComparingLong(Rating::movieId)).toList();
        }
    }

    @Override
    public Optional<UserEmbedding> embedding(long userId) {
        db.reach();
        synchronized (db.lock) {
            return Optional.ofNullable(tastes.get(userId)).map(t -> new UserEmbedding(userId, t, updates.get(userId)));
        }
    }

    @Override
    public Map<Long, Double> othersMeans(long userId, int minOtherMembers) {
        db.reach();
        synchronized (db.lock) {
            Map<Long, Double> out = new HashMap<>();
            for (long film : byMember.getOrDefault(userId, Map.of()).keySet()) {
                List<Double> others = byMember.entrySet().stream().filter(e -> e.getKey() != userId)
                        .map(e -> e.getValue().get(film)).filter(r -> r != null).map(r -> r.stars().value()).toList();
                OptionalDouble mean = others.stream().mapToDouble(Double::doubleValue).average();
                if (others.size() >= minOtherMembers && mean.isPresent()) {
                    out.put(film, mean.getAsDouble());
                }
            }
            return out;
        }
    }

    @Override
    public int forgetAppliedInteractionsBefore(Instant cutoff) {
        db.reach();
        synchronized (db.lock) {
            int before = applied.size();
            applied.values().removeIf(at -> at.isBefore(cutoff));
            return before - applied.size();
        }
    }

    @Override
    public Optional<Instant> lastRatedAt(long userId) {
        db.reach();
        synchronized (db.lock) {
            return byMember.getOrDefault(userId, Map.of()).values().stream().map(Rating::ratedAt).max(Comparator.naturalOrder());
        }
    }

    @Override
    public boolean othersRated(long userId) {
        db.reach();
        synchronized (db.lock) {
            return byMember.entrySet().stream().anyMatch(e -> e.getKey() != userId && !e.getValue().isEmpty());
        }
    }

    /** Every rating, for the model's training ({@link InMemoryModels#allRatings()}). */
    List<Rating> all() {
        synchronized (db.lock) {
            return byMember.values().stream().flatMap(m -> m.values().stream()).toList();
        }
    }
}
