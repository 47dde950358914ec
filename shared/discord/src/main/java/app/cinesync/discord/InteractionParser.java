package app.cinesync.discord;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads Discord's interaction JSON into the {@link Interaction} of its kind (streaming, no {@code ObjectMapper}). */
public final class InteractionParser {
    private InteractionParser() {
    }

    /**
     * The interaction of the kind Discord sent.
     *
     * @throws MalformedInteractionException when the body is not an interaction
     */
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
            return new Ping(id, text(root, "application_id"));
        }
        InteractionContext context = context(root, id);
        Map<String, Object> data = Json.object(root.get("data"));
        return switch (type) {
            case APPLICATION_COMMAND -> {
                CommandType commandType = CommandType.of(data.get("type"));
                Map<String, String> options = new LinkedHashMap<>();
                collectOptions(Json.array(data.get("options")), options, new String[1]);
                yield new CommandInteraction(context, commandType, required(text(data, "name")), options);
            }
            case AUTOCOMPLETE -> {
                CommandType.of(data.get("type")); // refused like a command's when unknown
                Map<String, String> options = new LinkedHashMap<>();
                String[] focused = {null};
                collectOptions(Json.array(data.get("options")), options, focused);
                yield new AutocompleteInteraction(context, required(text(data, "name")), focused[0], options);
            }
            case MESSAGE_COMPONENT -> new ComponentInteraction(context, required(text(data, "custom_id")),
                    Json.array(data.get("values")).stream().map(Json::text).filter(Objects::nonNull).toList());
            case MODAL_SUBMIT -> {
                Map<String, String> values = new LinkedHashMap<>();
                collectInputs(Json.array(data.get("components")), values);
                yield new ModalSubmitInteraction(context, required(text(data, "custom_id")), values);
            }
            case PING -> throw new IllegalStateException("answered above");
        };
    }

    /**
     * An interaction a member made, as the command handlers receive it.
     *
     * @throws MalformedInteractionException when the body is not one (a PING included: there is no one to answer)
     */
    public static MemberInteraction parseMember(byte[] body) {
        if (parse(body) instanceof MemberInteraction in) {
            return in;
        }
        throw new MalformedInteractionException("a ping carries no member's interaction");
    }

    private static InteractionContext context(Map<String, Object> root, String id) {
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
        String userName = user.get("global_name") instanceof String g ? g : text(user, "username");
        return new InteractionContext(id, text(root, "application_id"), token, text(root, "guild_id"), userId, userName,
                text(root, "locale"));
    }

    private static String required(String name) {
        if (name == null) {
            throw new MalformedInteractionException("interaction names no command or component");
        }
        return name;
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
