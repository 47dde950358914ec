package app.cinesync.core.testing;

import app.cinesync.discord.Button;
import app.cinesync.discord.Embed;
import app.cinesync.discord.Message;
import app.cinesync.discord.SelectOption;
import app.cinesync.discord.StringSelect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a member reads of a reply, as text: content, each embed's title, description, fields and footer, the drop-downs and buttons. */
public final class Screen {
    private Screen() {
    }

    public static String text(Message m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.content());
        for (Embed e : m.embeds()) {
            parts.add(e.title());
            parts.add(e.description());
            e.fields().forEach(f -> {
                parts.add(f.name());
                parts.add(f.value());
            });
            parts.add(e.footer());
        }
        for (StringSelect s : m.selects()) {
            parts.add(s.placeholder());
            s.options().stream().map(SelectOption::label).forEach(parts::add);
        }
        m.buttons().stream().map(Button::label).forEach(parts::add);
        return String.join("\n", parts.stream().filter(Objects::nonNull).toList());
    }
}
