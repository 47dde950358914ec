package app.cinesync.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON of interaction responses and message edits. */
public final class Responses {
    /** Discord's message flag for "only you can see this". */
    public static final int EPHEMERAL = 1 << 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    public static String pong() {
        return "{\"type\":1}";
    }

    /** Type 5: "CineSync is thinking…", to be replaced by an edit of the original reply. */
    public static String deferredMessage(boolean ephemeral) {
        return ephemeral ? "{\"type\":5,\"data\":{\"flags\":" + EPHEMERAL + "}}" : "{\"type\":5}";
    }

    /** Type 6: acknowledges a button click; the message it sits on is edited afterwards. */
    public static String deferredUpdate() {
        return "{\"type\":6}";
    }

    /** Type 4: an immediate reply. */
    public static String message(Message message, boolean ephemeral) {
        ObjectNode root = JSON.createObjectNode().put("type", 4);
        ObjectNode data = messageNode(message);
        if (ephemeral) {
            data.put("flags", EPHEMERAL);
        }
        root.set("data", data);
        return root.toString();
    }

    /** Type 8: autocomplete suggestions, at most 25. */
    public static String choices(List<Choice> choices) {
        ArrayNode arr = JSON.createArrayNode();
        choices.stream().limit(25).forEach(c -> arr.addObject().put("name", c.name()).put("value", c.value()));
        ObjectNode root = JSON.createObjectNode().put("type", 8);
        root.putObject("data").set("choices", arr);
        return root.toString();
    }

    /** Type 9: the /rate form, with whatever the member already gave filled in. */
    public static String rateModal(String movie, String rating) {
        ObjectNode root = JSON.createObjectNode().put("type", 9);
        ObjectNode data = root.putObject("data").put("custom_id", "rate").put("title", "Rate a film");
        ArrayNode rows = data.putArray("components");
        textInput(rows, "movie", "Film title", "e.g. Amélie", 200, movie);
        textInput(rows, "rating", "Your rating (0.5 to 5, half stars)", "e.g. 4.5", 3, rating);
        return root.toString();
    }

    private static void textInput(ArrayNode rows, String id, String label, String placeholder, int max, String value) {
        ObjectNode input = rows.addObject().put("type", 1).putArray("components").addObject()
                .put("type", 4).put("custom_id", id).put("label", label).put("style", 1)
                .put("min_length", 1).put("max_length", max).put("required", true).put("placeholder", placeholder);
        if (value != null && !value.isBlank()) {
            input.put("value", Text.cut(value, max));
        }
    }

    /** The body of {@code PATCH .../messages/@original}. */
    public static String edit(Message message) {
        return messageNode(message).toString();
    }

    private static ObjectNode messageNode(Message message) {
        ObjectNode data = JSON.createObjectNode();
        data.put("content", message.content() == null ? "" : message.content());
        ArrayNode embeds = data.putArray("embeds");
        for (Embed e : message.embeds()) {
            ObjectNode en = embeds.addObject();
            if (e.title() != null) {
                en.put("title", e.title());
            }
            if (e.description() != null) {
                en.put("description", e.description());
            }
            en.put("color", e.color());
            ArrayNode fields = en.putArray("fields");
            e.fields().forEach(f -> fields.addObject().put("name", f.name()).put("value", f.value()).put("inline", f.inline()));
            if (e.footer() != null) {
                en.putObject("footer").put("text", e.footer());
            }
        }
        ArrayNode rows = data.putArray("components");
        if (!message.buttons().isEmpty()) {
            ArrayNode buttons = rows.addObject().put("type", 1).putArray("components");
            message.buttons().forEach(b -> buttons.addObject().put("type", 2).put("style", 2)
                    .put("label", b.label()).put("custom_id", b.customId()));
        }
        data.putObject("allowed_mentions").putArray("parse");
        return data;
    }
}
