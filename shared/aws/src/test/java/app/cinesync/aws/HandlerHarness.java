package app.cinesync.aws;

import app.cinesync.core.app.CineSync;
import app.cinesync.core.app.CommandRunner;
import app.cinesync.core.app.ProfileQueue;
import app.cinesync.core.db.Database;
import app.cinesync.core.testing.DiscordStub;
import app.cinesync.core.testing.TestKeys;
import app.cinesync.discord.WebhookClient;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * A command function's container as its tests need it: the domain over a database, reply edits
 * going to a local Discord stub, and invocation the way Lambda does it (the fixture's bytes in,
 * the handler's bytes out).
 */
public final class HandlerHarness implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final DiscordStub discord = new DiscordStub();
    public final CineSync app;

    public HandlerHarness(Database db) {
        this.app = new CineSync(db, Clock.systemUTC());
    }

    /** The container wiring a handler under test gets, with this profile queue. */
    public CommandFunction function(ProfileQueue queue) {
        return new CommandFunction(app, CommandRunner.of(app, queue, new WebhookClient(WebhookClient.defaultHttpClient(), discord.baseUrl())));
    }

    /** Runs {@code events/interaction_<fixture>.json} through the handler; returns what it wrote. */
    public static JsonNode invoke(RequestStreamHandler handler, String fixture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(TestKeys.eventsDir().resolve("interaction_" + fixture + ".json"))), out, null);
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        discord.close();
    }
}
