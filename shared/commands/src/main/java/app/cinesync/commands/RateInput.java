package app.cinesync.commands;

import app.cinesync.discord.CommandInteraction;
import app.cinesync.discord.MemberInteraction;
import app.cinesync.discord.ModalSubmitInteraction;
import java.util.Optional;

/**
 * What a rating carries, from {@code /rate movie rating} or from its form: the film as named and
 * the stars as given, each possibly missing. {@code /rate}'s rule: both, or neither (which opens
 * the form); one without the other is a mistake the router explains at once.
 */
public record RateInput(Optional<String> film, Optional<String> stars) {
    /** What {@code in} carries, when it is {@code /rate} or the form's submit; nothing otherwise. */
    public static RateInput of(MemberInteraction in) {
        return switch (in) {
            case CommandInteraction c -> new RateInput(c.option(Commands.MOVIE), c.option(Commands.RATING));
            case ModalSubmitInteraction m -> new RateInput(m.value(RateForm.FILM), m.value(RateForm.STARS));
            default -> new RateInput(Optional.empty(), Optional.empty());
        };
    }

    /** Neither given: {@code /rate} opens the form. */
    public boolean isEmpty() {
        return film.isEmpty() && stars.isEmpty();
    }

    /** One without the other. */
    public boolean isPartial() {
        return film.isPresent() != stars.isPresent();
    }
}
