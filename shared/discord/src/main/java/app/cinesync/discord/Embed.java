package app.cinesync.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * A Discord embed, always within Discord's limits: the compact constructor cuts every part to
 * its limit (title 256, description 4096, 25 fields, field name 256, field value 1024, footer
 * 2048) and then drops trailing fields until the whole embed is within 6000 characters, so a
 * long title or a long list can never make Discord reject a reply.
 */
public record Embed(String title, String description, int color, List<Field> fields, String footer) {
    public static final int TITLE = 256;
    public static final int DESCRIPTION = 4096;
    public static final int FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int TOTAL = 6000;

    /** One embed field. Blank names or values are replaced by a zero-width space, as Discord requires content. */
    public record Field(String name, String value, boolean inline) {
        public Field {
            name = Text.cut(name == null || name.isBlank() ? "\u200b" : name, FIELD_NAME);
            value = Text.cut(value == null || value.isBlank() ? "\u200b" : value, FIELD_VALUE);
        }
    }

    public Embed {
        title = title == null ? null : Text.cut(title, TITLE);
        description = description == null ? null : Text.cut(description, DESCRIPTION);
        footer = footer == null ? null : Text.cut(footer, FOOTER);
        List<Field> kept = new ArrayList<>(fields == null ? List.of() : fields.subList(0, Math.min(FIELDS, fields.size())));
        while (!kept.isEmpty() && length(title, description, kept, footer) > TOTAL) {
            kept.removeLast();
        }
        if (length(title, description, kept, footer) > TOTAL && description != null) {
            int room = TOTAL - length(title, null, kept, footer);
            description = Text.cut(description, Math.max(1, room));
        }
        fields = List.copyOf(kept);
    }

    public Embed(String title, String description, int color) {
        this(title, description, color, List.of(), null);
    }

    /** Characters Discord counts towards the 6000 total. */
    public int length() {
        return length(title, description, fields, footer);
    }

    private static int length(String title, String description, List<Field> fields, String footer) {
        int n = len(title) + len(description) + len(footer);
        for (Field f : fields) {
            n += len(f.name()) + len(f.value());
        }
        return n;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }
}
