package app.cinesync.core.testing;

import app.cinesync.core.app.Storage;
import app.cinesync.core.db.DataAccessException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;

/**
 * One in-memory database for unit tests: fakes of every repository the commands use
 * ({@link #storage()}), sharing their tables as PostgreSQL would (a rating moves the film's
 * counters the catalog snapshot reads), and failing as the real ones fail: {@link #goDown()}
 * makes every call throw the {@link DataAccessException} of an unreachable database, an
 * unknown film is refused as the foreign keys refuse it.
 */
public final class InMemoryStorage {
    final Object lock = new Object();
    final InMemoryMovies movies = new InMemoryMovies(this);
    final InMemoryRatings ratings = new InMemoryRatings(this);
    final InMemoryFeedback feedback = new InMemoryFeedback(this);
    final InMemoryPreferences preferences = new InMemoryPreferences(this);
    final InMemoryModels models = new InMemoryModels(this);
    private final Clock clock;
    private volatile boolean down;

    public InMemoryStorage(Clock clock) {
        this.clock = clock;
    }

    public Storage storage() {
        return new Storage(movies, ratings, preferences, feedback, models, movies::snapshot);
    }

    public InMemoryMovies movies() {
        return movies;
    }

    public InMemoryRatings ratings() {
        return ratings;
    }

    public InMemoryFeedback feedback() {
        return feedback;
    }

    public InMemoryPreferences preferences() {
        return preferences;
    }

    /** From now on every call fails as calls to an unreachable PostgreSQL do (SQLState 08001). */
    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    Clock clock() {
        return clock;
    }

    /** Called first by every fake operation. */
    void reach() {
        if (down) {
            throw new DataAccessException(new SQLTransientConnectionException("Connection to localhost:5432 refused", "08001"));
        }
    }
}
