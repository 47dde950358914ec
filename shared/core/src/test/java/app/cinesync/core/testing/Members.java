package app.cinesync.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Interactions as a member makes them, the bytes Discord sends (the one place unit tests build
 * interactions): a slash command with its options, a button click, a pick in a message's
 * drop-down, a submitted form. Each gets a new snowflake id, so sending the same bytes twice is a
 * retry. The member's Discord language is English unless given.
 */
public final class Members {
    public static final String APPLICATION_ID = "1100000000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(1_400_000_000_000_000_000L);

    private Members() {
    }

    public static byte[] command(long userId, String name, Map<String, String> options) {
        return command(userId, "en-US", name, options);
    }

    /** @param locale the member's Discord language ({@code fr}, {@code de}, {@code es-419}...) */
    public static byte[] command(long userId, String locale, String name, Map<String, String> options) {
        ObjectNode in = interaction(2, userId, locale);
        ObjectNode data = in.putObject("data").put("name", name).put("type", 1);
        ArrayNode opts = data.putArray("options");
        options.forEach((k, v) -> opts.addObject().put("name", k).put("type", 3).put("value", v));
        return bytes(in);
    }

    public static byte[] button(long userId, String customId) {
        ObjectNode in = interaction(3, userId, "en-US");
        in.putObject("data").put("custom_id", customId).put("component_type", 2);
        return bytes(in);
    }

    /** A pick in a drop-down of a message the member was sent. */
    public static byte[] select(long userId, String customId, String picked) {
        ObjectNode in = interaction(3, userId, "en-US");
        in.putObject("data").put("custom_id", customId).put("component_type", 3).putArray("values").add(picked);
        return bytes(in);
    }

    /** A submitted form: its text inputs by custom id, in labels as Discord sends them now. */
    public static byte[] form(long userId, String customId, Map<String, String> values) {
        ObjectNode in = interaction(5, userId, "en-US");
        ArrayNode components = in.putObject("data").put("custom_id", customId).putArray("components");
        values.forEach((k, v) -> components.addObject().put("type", 18).putObject("component").put("type", 4).put("custom_id", k).put("value", v));
        return bytes(in);
    }

    /** The same interaction made in a server whose language ({@code guild_locale}) is {@code guildLocale}, as Discord sends it. */
    public static byte[] inServer(byte[] interaction, String guildLocale) {
        try {
            ObjectNode in = (ObjectNode) JSON.readTree(interaction);
            in.put("guild_id", "1200000000000000001").put("guild_locale", guildLocale);
            in.putObject("member").set("user", in.remove("user"));
            return bytes(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode interaction(int type, long userId, String locale) {
        long id = IDS.incrementAndGet();
        ObjectNode in = JSON.createObjectNode().put("id", Long.toString(id)).put("application_id", APPLICATION_ID).put("type", type)
                .put("token", "TEST-ONLY-token-" + id).put("locale", locale);
        in.putObject("user").put("id", Long.toUnsignedString(userId)).put("username", "member" + userId);
        return in;
    }

    private static byte[] bytes(ObjectNode in) {
        try {
            return JSON.writeValueAsBytes(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
