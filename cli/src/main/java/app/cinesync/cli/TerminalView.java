package app.cinesync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Draws a Discord message (content, embeds, buttons) as plain text, the way the client lays it out. */
public final class TerminalView {
    private TerminalView() {
    }

    public static String render(JsonNode message) {
        List<String> lines = new ArrayList<>();
        if (!message.path("content").asText("").isEmpty()) {
            lines.add(message.path("content").asText());
        }
        for (JsonNode e : message.path("embeds")) {
            lines.add("┃ " + e.path("title").asText(""));
            if (e.hasNonNull("description")) {
                e.path("description").asText().lines().forEach(l -> lines.add("┃ " + l));
            }
            for (JsonNode f : e.path("fields")) {
                lines.add("┃ ");
                lines.add("┃ " + f.path("name").asText());
                f.path("value").asText().lines().forEach(l -> lines.add("┃   " + l));
            }
            if (e.has("footer")) {
                lines.add("┃ ");
                lines.add("┃ " + e.path("footer").path("text").asText());
            }
        }
        for (JsonNode row : message.path("components")) {
            StringBuilder sb = new StringBuilder("  ");
            row.path("components").forEach(b -> sb.append("[ ").append(b.path("label").asText()).append(" ]  "));
            lines.add(sb.toString());
        }
        return String.join("\n", lines).replace("**", "").replace("`", "");
    }

    /** An immediate response: a message (type 4), choices (type 8), a form (type 9) or its type. */
    public static String renderResponse(JsonNode response) {
        int type = response.path("type").asInt();
        JsonNode data = response.path("data");
        return switch (type) {
            case 1 -> "PONG (type 1)";
            case 4 -> render(data) + ((data.path("flags").asInt() & 64) != 0 ? "\n  (only you can see this)" : "");
            case 8 -> {
                StringBuilder sb = new StringBuilder("Suggestions (type 8):");
                data.path("choices").forEach(c -> sb.append("\n  • ").append(c.path("name").asText()).append("   → ").append(c.path("value").asText()));
                yield sb.toString();
            }
            case 9 -> {
                StringBuilder sb = new StringBuilder("Form \"" + data.path("title").asText() + "\" (type 9):");
                data.path("components").forEach(l -> sb.append("\n  [").append(l.path("label").asText()).append(": ")
                        .append(l.path("component").path("placeholder").asText()).append("]"));
                yield sb.toString();
            }
            default -> "response type " + type;
        };
    }
}
