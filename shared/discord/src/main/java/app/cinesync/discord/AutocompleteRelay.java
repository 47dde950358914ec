package app.cinesync.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The router owns no database, so it relays autocomplete to the rate handler as a minimal
 * autocomplete interaction (who is typing, and what) and reads the type-8 answer back. Used by the
 * Lambda relay in AWS and the in-process relay locally, so both speak the same bytes.
 */
public final class AutocompleteRelay {
    private AutocompleteRelay() {
    }

    public static byte[] request(long memberId, String command, String option, String text) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("type", InteractionType.AUTOCOMPLETE.code());
            g.writeStringField("id", "0");
            g.writeStringField("token", "autocomplete");
            g.writeObjectFieldStart("user");
            g.writeStringField("id", Long.toUnsignedString(memberId));
            g.writeEndObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("name", command);
            g.writeArrayFieldStart("options");
            g.writeStartObject();
            g.writeStringField("name", option);
            g.writeStringField("value", text);
            g.writeBooleanField("focused", true);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }).getBytes(StandardCharsets.UTF_8);
    }

    /** The choices of a type-8 response. */
    public static List<Choice> choices(byte[] response) {
        try {
            Map<String, Object> data = Json.object(Json.object(Json.read(response)).get("data"));
            List<Choice> out = new ArrayList<>();
            for (Object o : Json.array(data.get("choices"))) {
                Map<String, Object> c = Json.object(o);
                out.add(new Choice(String.valueOf(c.get("name")), String.valueOf(c.get("value"))));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("the autocomplete answer is unreadable", e);
        }
    }
}
