package app.cinesync.functions.interactions;

import app.cinesync.commands.Route;
import java.util.EnumMap;
import java.util.Map;

/**
 * The router's configuration, read once: {@code DISCORD_PUBLIC_KEY} (hex, from the developer
 * portal), {@code RATE_FUNCTION_NAME}, {@code RECOMMEND_FUNCTION_NAME},
 * {@code STATS_FUNCTION_NAME} (the functions, or alias ARNs, to dispatch to) and
 * {@code AWS_REGION}. Fails fast naming the first variable missing.
 */
public record Config(String publicKey, Map<Route, String> functions, String region) {
    public Config {
        functions = Map.copyOf(functions);
    }

    public static Config fromEnv(Map<String, String> env) {
        Map<Route, String> functions = new EnumMap<>(Route.class);
        functions.put(Route.RATE, required(env, "RATE_FUNCTION_NAME"));
        functions.put(Route.RECOMMEND, required(env, "RECOMMEND_FUNCTION_NAME"));
        functions.put(Route.STATS, required(env, "STATS_FUNCTION_NAME"));
        return new Config(required(env, "DISCORD_PUBLIC_KEY"), functions, required(env, "AWS_REGION"));
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return v.strip();
    }
}
