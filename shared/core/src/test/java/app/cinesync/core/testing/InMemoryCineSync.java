package app.cinesync.core.testing;

import app.cinesync.commands.Route;
import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.catalog.Movie;
import app.cinesync.discord.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The commands as a command function runs them ({@link CommandRunner} over {@link CineSync}),
 * over {@link InMemoryStorage}: no database, no network. Reply edits and profile refreshes are recorded.
 */
public final class InMemoryCineSync {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    public final InMemoryStorage store = new InMemoryStorage(CLOCK);
    /** The members whose profile refresh was asked for, in order. */
    public final List<Long> queued = new CopyOnWriteArrayList<>();
    /** Every reply edit, in order. */
    public final List<Message> replies = new CopyOnWriteArrayList<>();
    private final CommandRunner runner;

    /** @param films the catalog, stored before anything else happens */
    public InMemoryCineSync(Movie... films) {
        store.movies().add(films);
        CineSync app = new CineSync(store.storage(), CLOCK);
        runner = CommandRunner.of(app, queued::add, (applicationId, token, message) -> replies.add(message));
    }

    /** Runs what the member sent ({@link Members}) as the function behind {@code route} would; returns the edited reply. */
    public Message run(Route route, byte[] interaction) {
        return runner.run(route, interaction);
    }

    /** {@link #run}, as the member reads it ({@link Screen}). */
    public String read(Route route, byte[] interaction) {
        return Screen.text(run(route, interaction));
    }

    /** A film with what its content vector is built from. */
    public static Movie film(String title, int year, String... genres) {
        return new Movie(0, title, year, List.of(genres), List.of("Director of " + title), List.of(), List.of(), null, null, null);
    }
}
