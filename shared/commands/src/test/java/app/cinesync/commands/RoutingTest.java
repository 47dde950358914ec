package app.cinesync.commands;

import static org.assertj.core.api.Assertions.assertThat;

import app.cinesync.discord.AutocompleteInteraction;
import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.CommandType;
import app.cinesync.discord.ComponentInteraction;
import app.cinesync.discord.InteractionContext;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.ModalSubmitInteraction;
import app.cinesync.discord.Responses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which function each command and each kind of interaction goes to, and what the router answers itself. */
class RoutingTest {
    private static final InteractionContext MEMBER = InteractionContext.of(3).withId("1").withReply("2", "t");

    private final List<Route> dispatched = new ArrayList<>();
    private final List<String> askedFor = new ArrayList<>();
    private final InteractionRouter router = new InteractionRouter((route, body) -> dispatched.add(route), (member, command, option, text) -> {
        askedFor.add(command + " " + option + " " + text);
        return List.of();
    });

    private String respond(MemberInteraction in) {
        return router.respond(in, new byte[0]);
    }

    private static CommandInteraction slash(String name, Map<String, String> options) {
        return CommandInteraction.slash(MEMBER, name, options);
    }

    @Test
    void eachCommand_goesToItsFunction_deferredPrivately() {
        assertThat(respond(slash(Commands.RATE, Map.of(Commands.MOVIE, "Alien", Commands.RATING, "4")))).isEqualTo(Responses.deferredMessage(true));
        assertThat(respond(slash(Commands.MY_RECOMMENDATIONS, Map.of()))).isEqualTo(Responses.deferredMessage(true));
        assertThat(respond(slash(Commands.MY_STATS, Map.of()))).isEqualTo(Responses.deferredMessage(true));

        assertThat(dispatched).containsExactly(Route.RATE, Route.RECOMMEND, Route.STATS);
    }

    @Test
    void rate_withNeitherOption_opensTheForm_withOne_explains_andNothingRuns() {
        assertThat(respond(slash(Commands.RATE, Map.of()))).isEqualTo(RateForm.ENGLISH.response());
        assertThat(respond(slash(Commands.RATE, Map.of(Commands.RATING, "4")))).contains("both `movie` and `rating`");
        assertThat(dispatched).isEmpty();
    }

    @Test
    void theRatingForm_goesToRateFunction_anotherFormIsNotCineSyncs() {
        assertThat(respond(new ModalSubmitInteraction(MEMBER, RateForm.CUSTOM_ID, Map.of()))).isEqualTo(Responses.deferredMessage(true));
        assertThat(respond(new ModalSubmitInteraction(MEMBER, "someone-elses", Map.of()))).contains("not one of CineSync");
        assertThat(dispatched).containsExactly(Route.RATE);
    }

    @Test
    void buttons_goByTheirPrefix_wellFormedOrNot_asDeferredUpdates() {
        assertThat(respond(ComponentInteraction.click(MEMBER, new RecommendId.MorePicks(5, 5, null).format()))).isEqualTo(Responses.deferredUpdate());
        assertThat(respond(ComponentInteraction.click(MEMBER, "recs:x:y:-"))).as("expired: the function says so").isEqualTo(Responses.deferredUpdate());
        assertThat(respond(ComponentInteraction.pick(MEMBER, new QuickRateId.Answer(1).format(), "4"))).isEqualTo(Responses.deferredUpdate());
        assertThat(respond(ComponentInteraction.click(MEMBER, "someone-elses"))).contains("not one of CineSync");

        assertThat(dispatched).containsExactly(Route.RECOMMEND, Route.RECOMMEND, Route.RATE);
    }

    @Test
    void anAppsMenuOrUnknownCommand_isExplained_andNothingRuns() {
        assertThat(respond(new CommandInteraction(MEMBER, CommandType.USER, Commands.RATE, Map.of()))).contains("not a CineSync command");
        assertThat(respond(slash("dance", Map.of()))).contains("no command `/dance`");
        assertThat(dispatched).isEmpty();
    }

    @Test
    void autocomplete_isAnsweredAtOnce_withWhatIsTyped() {
        assertThat(respond(AutocompleteInteraction.typing(MEMBER, Commands.RATE, Commands.MOVIE, "ali"))).startsWith("{\"type\":8");
        assertThat(askedFor).containsExactly("rate movie ali");
        assertThat(dispatched).isEmpty();
    }
}
