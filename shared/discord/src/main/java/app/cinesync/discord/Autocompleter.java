package app.cinesync.discord;

import java.util.List;

/** Suggestions for an option as a member types it. */
public interface Autocompleter {
    /**
     * At most 25 suggestions for {@code text} typed into {@code option} of {@code command}.
     *
     * @param memberId the member typing (suggestions may be chosen for them)
     */
    List<Choice> suggest(long memberId, String command, String option, String text);
}
