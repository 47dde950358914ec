package app.cinesync.discord;

import java.util.List;

/** Suggestions for an option as the member types it. */
public interface Autocompleter {
    /** At most 25 suggestions for {@code text} typed into {@code option} of {@code command}. */
    List<Choice> suggest(String command, String option, String text);
}
