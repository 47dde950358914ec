package app.cinesync.discord;

import java.util.Map;
import java.util.Optional;

/** Values by name as an interaction carries them: blank counts as absent, the rest is stripped. */
final class Options {
    private Options() {
    }

    static Optional<String> get(Map<String, String> values, String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
