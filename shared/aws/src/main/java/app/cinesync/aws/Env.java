package app.cinesync.aws;

import java.util.Map;
import java.util.Optional;

/** Reads environment variables, failing fast with the name of what is missing. */
public record Env(Map<String, String> values) {
    public Env {
        values = Map.copyOf(values);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException("environment variable " + name + " is not set"));
    }

    public Optional<String> optional(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
