package app.cinesync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code register-commands}: puts the command definitions kept in the repository
 * ({@code discord/commands.json}) to Discord, for one guild (instant) or globally. Bulk
 * overwrite, so running it again is harmless. The bot token comes from {@code DISCORD_BOT_TOKEN}
 * and is never printed.
 */
@Command(name = "register-commands", mixinStandardHelpOptions = true,
        description = "Register /rate, /my_recommendations and /my_stats with Discord (needs DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID).")
public final class RegisterCommandsCommand implements Callable<Integer> {
    @Option(names = "--guild", paramLabel = "ID", description = "Register in this guild only (appears at once); default: globally.")
    String guild;

    @Option(names = "--api", defaultValue = "https://discord.com/api/v10", paramLabel = "URL", description = "Discord API base URL (default ${DEFAULT-VALUE}).")
    String api;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String token = System.getenv("DISCORD_BOT_TOKEN");
        String application = System.getenv("DISCORD_APPLICATION_ID");
        if (token == null || token.isBlank() || application == null || application.isBlank()) {
            System.err.println("Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application).");
            return 2;
        }
        return register(api, application.strip(), guild == null ? null : guild.strip(), token.strip());
    }

    /** Bulk-overwrites the commands; returns the exit code. */
    static int register(String api, String application, String guild, String token) throws IOException, InterruptedException {
        String path = "/applications/" + application + (guild == null ? "" : "/guilds/" + guild) + "/commands";
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bot " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(commands()))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            System.err.println("Discord refused the commands: HTTP " + response.statusCode() + " " + response.body());
            return 1;
        }
        System.out.println("Registered /rate, /my_recommendations and /my_stats " + (guild == null ? "globally (may take up to an hour to appear)." : "in guild " + guild + "."));
        return 0;
    }

    static String commands() throws IOException {
        try (InputStream in = RegisterCommandsCommand.class.getClassLoader().getResourceAsStream("discord/commands.json")) {
            if (in == null) {
                throw new IOException("discord/commands.json is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
