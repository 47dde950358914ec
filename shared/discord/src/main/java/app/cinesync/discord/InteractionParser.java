package app.cinesync.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads Discord's interaction JSON into an {@link Interaction}. */
public final class InteractionParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InteractionParser() {
    }

    /** @throws MalformedInteractionException when the body is not an interaction */
    public static Interaction parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedInteractionException("body is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("type").canConvertToInt()) {
            throw new MalformedInteractionException("body is not an interaction");
        }
        InteractionType type = InteractionType.of(root.path("type").asInt());
        if (type == InteractionType.PING) {
            return new Interaction(type, text(root, "id"), text(root, "application_id"), null, null, 0, null, null, Map.of(), null);
        }
        JsonNode user = root.path("member").path("user");
        if (user.isMissingNode()) {
            user = root.path("user");
        }
        long userId;
        try {
            userId = Long.parseUnsignedLong(user.path("id").asText(""));
        } catch (NumberFormatException e) {
            throw new MalformedInteractionException("interaction has no user id");
        }
        String token = text(root, "token");
        if (token == null) {
            throw new MalformedInteractionException("interaction has no token");
        }
        JsonNode data = root.path("data");
        Map<String, String> options = new LinkedHashMap<>();
        String[] focused = {null};
        String name;
        if (type == InteractionType.APPLICATION_COMMAND || type == InteractionType.AUTOCOMPLETE) {
            name = text(data, "name");
            collectOptions(data.path("options"), options, focused);
        } else {
            name = text(data, "custom_id");
            collectInputs(data.path("components"), options);
        }
        if (name == null) {
            throw new MalformedInteractionException("interaction names no command or component");
        }
        String userName = user.path("global_name").isTextual() ? user.path("global_name").asText() : user.path("username").asText(null);
        return new Interaction(type, text(root, "id"), text(root, "application_id"), token,
                text(root, "guild_id"), userId, userName, name, options, focused[0]);
    }

    private static void collectOptions(JsonNode opts, Map<String, String> out, String[] focused) {
        for (JsonNode o : opts) {
            if (o.has("options")) { // sub-command or group
                collectOptions(o.path("options"), out, focused);
                continue;
            }
            String n = o.path("name").asText();
            out.put(n, o.path("value").asText(""));
            if (o.path("focused").asBoolean(false)) {
                focused[0] = n;
            }
        }
    }

    /** Modal text inputs, in action rows (type 1) or labels (type 18), at any depth. */
    private static void collectInputs(JsonNode components, Map<String, String> out) {
        for (JsonNode c : components) {
            if (c.has("custom_id") && c.has("value")) {
                out.put(c.path("custom_id").asText(), c.path("value").asText(""));
            }
            collectInputs(c.path("components"), out);
            if (c.has("component")) {
                collectInputs(JSON.createArrayNode().add(c.path("component")), out);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
