package app.cinesync.discord;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The JSON of interaction responses and message edits (written with Jackson's streaming generator). */
public final class Responses {
    /** Discord's message flag for "only you can see this". */
    public static final int EPHEMERAL = 1 << 6;

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
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("type", 4);
            g.writeFieldName("data");
            writeMessage(g, message, ephemeral ? EPHEMERAL : 0);
            g.writeEndObject();
        });
    }

    /** Type 8: autocomplete suggestions, at most 25. */
    public static String choices(List<Choice> choices) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("type", 8);
            g.writeObjectFieldStart("data");
            g.writeArrayFieldStart("choices");
            for (Choice c : choices.subList(0, Math.min(25, choices.size()))) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("value", c.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** Type 9: a form of labelled fields (component type 18, each holding a text input or a select). */
    public static String modal(Modal modal) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("type", 9);
            g.writeObjectFieldStart("data");
            g.writeStringField("custom_id", modal.customId());
            g.writeStringField("title", modal.title());
            g.writeArrayFieldStart("components");
            for (Label label : modal.labels()) {
                g.writeStartObject();
                g.writeNumberField("type", 18);
                g.writeStringField("label", label.label());
                if (label.description() != null) {
                    g.writeStringField("description", label.description());
                }
                g.writeFieldName("component");
                writeInput(g, label.component());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeInput(JsonGenerator g, ModalInput input) throws IOException {
        g.writeStartObject();
        switch (input) {
            case TextInput t -> {
                g.writeNumberField("type", 4);
                g.writeStringField("custom_id", t.customId());
                g.writeNumberField("style", 1);
                g.writeNumberField("min_length", t.minLength());
                g.writeNumberField("max_length", t.maxLength());
                g.writeBooleanField("required", t.required());
                if (t.placeholder() != null) {
                    g.writeStringField("placeholder", t.placeholder());
                }
            }
            case StringSelect s -> {
                writeSelectFields(g, s, true);
            }
        }
        g.writeEndObject();
    }

    private static void writeSelect(JsonGenerator g, StringSelect s, boolean inModal) throws IOException {
        g.writeStartObject();
        writeSelectFields(g, s, inModal);
        g.writeEndObject();
    }

    /** A select's fields; {@code required} exists only in forms (a message's select is never required). */
    private static void writeSelectFields(JsonGenerator g, StringSelect s, boolean inModal) throws IOException {
        g.writeNumberField("type", 3);
        g.writeStringField("custom_id", s.customId());
        if (s.placeholder() != null) {
            g.writeStringField("placeholder", s.placeholder());
        }
        g.writeNumberField("min_values", s.minValues());
        g.writeNumberField("max_values", s.maxValues());
        if (inModal) {
            g.writeBooleanField("required", s.required());
        }
        g.writeArrayFieldStart("options");
        for (SelectOption o : s.options()) {
            g.writeStartObject();
            g.writeStringField("label", o.label());
            g.writeStringField("value", o.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The body of {@code PATCH .../messages/@original}. */
    public static String edit(Message message) {
        return Json.write(g -> writeMessage(g, message, 0));
    }

    private static void writeMessage(JsonGenerator g, Message message, int flags) throws IOException {
        g.writeStartObject();
        g.writeStringField("content", message.content() == null ? "" : message.content());
        g.writeArrayFieldStart("embeds");
        for (Embed e : message.embeds()) {
            g.writeStartObject();
            if (e.title() != null) {
                g.writeStringField("title", e.title());
            }
            if (e.description() != null) {
                g.writeStringField("description", e.description());
            }
            g.writeNumberField("color", e.color());
            g.writeArrayFieldStart("fields");
            for (Embed.Field f : e.fields()) {
                g.writeStartObject();
                g.writeStringField("name", f.name());
                g.writeStringField("value", f.value());
                g.writeBooleanField("inline", f.inline());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (e.footer() != null) {
                g.writeObjectFieldStart("footer");
                g.writeStringField("text", e.footer());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("components");
        for (StringSelect select : message.selects()) {
            g.writeStartObject();
            g.writeNumberField("type", 1);
            g.writeArrayFieldStart("components");
            writeSelect(g, select, false);
            g.writeEndArray();
            g.writeEndObject();
        }
        List<Button> buttons = message.buttons();
        for (int row = 0; row < buttons.size(); row += 5) {
            g.writeStartObject();
            g.writeNumberField("type", 1);
            g.writeArrayFieldStart("components");
            for (Button b : buttons.subList(row, Math.min(row + 5, buttons.size()))) {
                g.writeStartObject();
                g.writeNumberField("type", 2);
                g.writeNumberField("style", 2);
                g.writeStringField("label", b.label());
                g.writeStringField("custom_id", b.customId());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("allowed_mentions");
        g.writeArrayFieldStart("parse");
        g.writeEndArray();
        g.writeEndObject();
        if (flags != 0) {
            g.writeNumberField("flags", flags);
        }
        g.writeEndObject();
    }
}
