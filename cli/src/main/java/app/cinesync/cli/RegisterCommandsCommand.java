package app.cinesync.cli;

import app.cinesync.discord.WebhookClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code register-commands}: puts the command definitions kept in the repository
 * ({@code discord/commands.json}) to Discord, globally or for one guild. Bulk overwrite, so
 * running it again is harmless. The bot token comes from {@code DISCORD_BOT_TOKEN} and is never
 * printed.
 *
 * <p>The file holds the global definitions: installable in a server and by a member for
 * themselves ({@code integration_types} 0 and 1), usable in servers, the bot's DMs and group DMs
 * ({@code contexts} 0, 1 and 2). Discord documents both fields as "only for globally-scoped
 * commands" (a guild command lives in its guild and nowhere else), so the guild body leaves
 * them out, together with the deprecated {@code dm_permission}.
 */
@Command(name = "register-commands", mixinStandardHelpOptions = true,
        description = {
                "Registers /rate, /my_recommendations and /my_stats with Discord (needs DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID).",
                "Globally (the default) the commands can be installed both ways: by a server owner for a server (guild install) "
                        + "and by any member for themselves (user install), and used in servers, in DMs with the bot and in group DMs. "
                        + "New global commands can take up to an hour to show up in Discord clients.",
                "With --guild they exist in that one server only, at once: handy for trying a change; no user install, no DMs."},
        footer = {
                "",
                "Developer Portal > your application > Installation, before anyone installs:",
                "  Installation Contexts: tick Guild Install and User Install.",
                "  Install Link: Discord Provided Link.",
                "  Default Install Settings: Guild Install with the scopes",
                "    applications.commands and bot, no permissions (every reply is an",
                "    interaction response); User Install with applications.commands alone.",
                "Share the install link, https://discord.com/oauth2/authorize?client_id=ID:",
                "  a server owner (or anyone with Manage Server) opens it, picks Add to Server;",
                "  a member opens it, picks Add to My Apps, and has the commands everywhere."})
public final class RegisterCommandsCommand implements Callable<Integer> {
    /** Fields Discord accepts only on global commands. */
    static final List<String> GLOBAL_ONLY = List.of("integration_types", "contexts", "dm_permission");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Discord id (a snowflake): 17 to 20 digits today; any run of digits is accepted. */
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

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
        if (!SNOWFLAKE.matcher(application.strip()).matches() || guild != null && !SNOWFLAKE.matcher(guild.strip()).matches()) {
            System.err.println("DISCORD_APPLICATION_ID and --guild are Discord ids: digits only (Developer Portal → Application ID; "
                    + "Discord's Developer Mode → right-click the server → Copy Server ID).");
            return 2;
        }
        return register(api, application.strip(), guild == null ? null : guild.strip(), token.strip());
    }

    /**
     * Bulk-overwrites the commands, globally when {@code guild} is null; returns the exit code.
     * Public for the repository-wide contract checks, which run it against a local stub.
     */
    public static int register(String api, String application, String guild, String token) throws IOException, InterruptedException {
        String path = "/applications/" + application + (guild == null ? "" : "/guilds/" + guild) + "/commands";
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bot " + token)
                .header("User-Agent", WebhookClient.USER_AGENT)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body(guild != null)))
                .build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.err.println("Could not reach Discord at " + api + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); nothing was registered.");
            return 1;
        }
        if (response.statusCode() / 100 != 2) {
            System.err.println("Discord refused the commands: HTTP " + response.statusCode() + " " + response.body());
            return 1;
        }
        System.out.println(guild == null
                ? "Registered /rate, /my_recommendations and /my_stats globally, for guild and user installs (new commands can take up to an hour to appear)."
                : "Registered /rate, /my_recommendations and /my_stats in guild " + guild + " (this server only).");
        return 0;
    }

    /** The request body: the definitions as kept, or for a guild without the global-only fields. */
    static String body(boolean forGuild) throws IOException {
        JsonNode commands = JSON.readTree(commands());
        if (forGuild) {
            commands.forEach(c -> ((ObjectNode) c).remove(GLOBAL_ONLY));
        }
        return JSON.writeValueAsString(commands);
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
