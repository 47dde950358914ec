package app.cinesync.functions.interactions;

import app.cinesync.commands.Dispatcher;
import app.cinesync.commands.Route;
import app.cinesync.discord.Autocompleter;
import app.cinesync.discord.Choice;
import java.util.ArrayList;
import java.util.List;

/** The in-process stand-in for Lambda: records what would have been dispatched and suggested. */
final class RecordingDispatcher implements Dispatcher, Autocompleter {
    record Dispatched(Route route, byte[] body) {
    }

    record Asked(String command, String option, String text) {
    }

    final List<Dispatched> dispatched = new ArrayList<>();
    final List<Asked> asked = new ArrayList<>();
    private final boolean failing;

    RecordingDispatcher(boolean failing) {
        this.failing = failing;
    }

    @Override
    public void dispatch(Route route, byte[] interactionJson) {
        if (failing) {
            throw new IllegalStateException("Lambda is unreachable");
        }
        dispatched.add(new Dispatched(route, interactionJson.clone()));
    }

    @Override
    public List<Choice> suggest(long memberId, String command, String option, String text) {
        if (failing) {
            throw new IllegalStateException("RateFunction is unreachable");
        }
        asked.add(new Asked(command, option, text));
        return List.of(new Choice("Amélie (2001)", "m:2"));
    }
}
