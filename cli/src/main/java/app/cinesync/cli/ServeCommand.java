package app.cinesync.cli;

import app.cinesync.discord.RequestSigner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the interactions endpoint on 127.0.0.1 until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the Discord interactions endpoint on 127.0.0.1 (embedded PostgreSQL unless DATABASE_URL is set).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--discord-api", paramLabel = "URL",
            description = "Discord API base URL for reply edits, e.g. https://discord.com/api/v10 when real Discord talks to this server through a tunnel. Default: the built-in stand-in.")
    String discordApi;

    @Override
    public Integer call() throws InterruptedException {
        String publicKey = System.getenv("DISCORD_PUBLIC_KEY");
        RequestSigner localSigner = null;
        if (publicKey == null || publicKey.isBlank()) {
            localSigner = RequestSigner.random();
            publicKey = localSigner.publicKeyHex();
        }
        try (DatabaseOptions.Opened db = database.openForRequests();
             LocalServer server = LocalServer.start(db.db(), port, publicKey, discordApi)) {
            System.out.println("CineSync is serving " + server.interactionsUrl());
            System.out.println("  database: " + db.where() + ", " + db.films() + " films");
            System.out.println("  Discord public key: " + publicKey
                    + (localSigner == null ? " (from DISCORD_PUBLIC_KEY)" : " (generated for this run; set DISCORD_PUBLIC_KEY to use your application's)"));
            System.out.println("  reply edits go to: " + (discordApi != null ? discordApi : "the built-in Discord stand-in"));
            System.out.println("Stop with Ctrl+C.");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
