package app.cinesync.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The router owns no database, so it relays autocomplete to the rate handler as a minimal
 * autocomplete interaction (just what was typed) and reads the type-8 answer back. Used by the
 * Lambda relay in AWS and the in-process relay locally, so both speak the same bytes.
 */
public final class AutocompleteRelay {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AutocompleteRelay() {
    }

    public static byte[] request(String command, String option, String text) {
        ObjectNode request = JSON.createObjectNode().put("type", InteractionType.AUTOCOMPLETE.code()).put("id", "0").put("token", "autocomplete");
        request.putObject("user").put("id", "0");
        ObjectNode data = request.putObject("data").put("name", command);
        data.putArray("options").addObject().put("name", option).put("value", text).put("focused", true);
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The choices of a type-8 response. */
    public static List<Choice> choices(byte[] response) {
        try {
            JsonNode choices = JSON.readTree(response).path("data").path("choices");
            List<Choice> out = new ArrayList<>();
            choices.forEach(c -> out.add(new Choice(c.path("name").asText(), c.path("value").asText())));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("the autocomplete answer is unreadable", e);
        }
    }
}
