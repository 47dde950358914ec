package app.cinesync.discord;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads Discord's interaction JSON into an {@link Interaction} (streaming, no {@code ObjectMapper}). */
public final class InteractionParser {
    private InteractionParser() {
    }

    /** @throws MalformedInteractionException when the body is not an interaction */
    public static Interaction parse(byte[] body) {
        Object parsed;
        try {
            parsed = Json.read(body);
        } catch (IOException e) {
            throw new MalformedInteractionException("body is not JSON");
        }
        if (!(parsed instanceof Map<?, ?>) || !(Json.object(parsed).get("type") instanceof Long typeCode)) {
            throw new MalformedInteractionException("body is not an interaction");
        }
        Map<String, Object> root = Json.object(parsed);
        InteractionType type = InteractionType.of(typeCode.intValue());
        String id = snowflake(root.get("id"));
        if (type == InteractionType.PING) {
            return new Interaction(type, id, text(root, "application_id"), null, null, 0, null, null, Map.of(), null, null, null, null);
        }
        Map<String, Object> user = Json.object(Json.object(root.get("member")).get("user"));
        if (user.isEmpty()) {
            user = Json.object(root.get("user"));
        }
        long userId;
        try {
            userId = Long.parseUnsignedLong(String.valueOf(user.get("id")));
        } catch (NumberFormatException e) {
            throw new MalformedInteractionException("interaction has no user id");
        }
        String token = text(root, "token");
        if (token == null) {
            throw new MalformedInteractionException("interaction has no token");
        }
        Map<String, Object> data = Json.object(root.get("data"));
        Map<String, String> options = new LinkedHashMap<>();
        String[] focused = {null};
        String name;
        CommandType commandType = null;
        if (type == InteractionType.APPLICATION_COMMAND || type == InteractionType.AUTOCOMPLETE) {
            commandType = CommandType.of(data.get("type"));
            name = text(data, "name");
            collectOptions(Json.array(data.get("options")), options, focused);
        } else {
            name = text(data, "custom_id");
            collectInputs(Json.array(data.get("components")), options);
            if (data.get("values") instanceof List<?> picked) { // a drop-down in a message
                options.put(Interaction.PICKED, String.join(" ", picked.stream().map(Json::text).filter(Objects::nonNull).toList()));
            }
        }
        if (name == null) {
            throw new MalformedInteractionException("interaction names no command or component");
        }
        String userName = user.get("global_name") instanceof String g ? g : text(user, "username");
        return new Interaction(type, id, text(root, "application_id"), token,
                text(root, "guild_id"), userId, userName, name, options, focused[0], commandType,
                text(root, "locale"), text(root, "guild_locale"));
    }

    private static void collectOptions(List<Object> opts, Map<String, String> out, String[] focused) {
        for (Object o : opts) {
            Map<String, Object> opt = Json.object(o);
            if (opt.containsKey("options")) { // sub-command or group
                collectOptions(Json.array(opt.get("options")), out, focused);
                continue;
            }
            String n = String.valueOf(opt.get("name"));
            String v = Json.text(opt.get("value"));
            out.put(n, v == null ? "" : v);
            if (Boolean.TRUE.equals(opt.get("focused"))) {
                focused[0] = n;
            }
        }
    }

    /**
     * Modal values by custom id, in either shape Discord sends: text inputs in action rows
     * (type 1, the older forms), or text inputs and selects in labels (type 18), at any depth.
     * A text input has a {@code value}; a select has {@code values}, joined with spaces.
     */
    private static void collectInputs(List<Object> components, Map<String, String> out) {
        for (Object o : components) {
            Map<String, Object> c = Json.object(o);
            if (c.containsKey("custom_id") && c.containsKey("value")) {
                String v = Json.text(c.get("value"));
                out.put(String.valueOf(c.get("custom_id")), v == null ? "" : v);
            } else if (c.containsKey("custom_id") && c.get("values") instanceof List<?> values) {
                List<String> picked = values.stream().map(Json::text).filter(Objects::nonNull).toList();
                out.put(String.valueOf(c.get("custom_id")), String.join(" ", picked));
            }
            collectInputs(Json.array(c.get("components")), out);
            if (c.containsKey("component")) {
                collectInputs(List.of(c.get("component")), out);
            }
        }
    }

    /**
     * The interaction's id, which Discord always sends as a snowflake: a string of decimal digits
     * that fits a signed 64-bit number (what retries are recognised by). Anything else is
     * refused, so that no interaction can escape duplicate detection.
     */
    private static String snowflake(Object id) {
        if (id instanceof String s && !s.isEmpty() && s.length() <= 19 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            try {
                return Long.toString(Long.parseLong(s));
            } catch (NumberFormatException tooLarge) {
                // 19 digits above Long.MAX_VALUE: falls through to the refusal
            }
        }
        throw new MalformedInteractionException("interaction id is not a Discord snowflake");
    }

    private static String text(Map<String, Object> node, String field) {
        return Json.text(node.get(field));
    }
}
