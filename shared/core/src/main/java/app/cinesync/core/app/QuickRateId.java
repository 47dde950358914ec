package app.cinesync.core.app;

import app.cinesync.discord.InteractionRouter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code custom_id}s of the quick-rate set, formatted and parsed in this one place:
 * {@code qr:go} opens it, {@code qr:<film>} is the drop-down of one film (stars or "haven't seen it"),
 * {@code qr:pass:<film>.<film>...} passes over the films shown and offers others.
 */
public sealed interface QuickRateId {
    String PREFIX = InteractionRouter.QUICK_RATE_PREFIX;

    /** Open the set. */
    record Start() implements QuickRateId {
    }

    /** The drop-down of one film. */
    record Answer(long movieId) implements QuickRateId {
    }

    /** None of these films, thanks. */
    record Pass(List<Long> movieIds) implements QuickRateId {
        public Pass {
            movieIds = List.copyOf(movieIds);
        }
    }

    default String format() {
        return PREFIX + switch (this) {
            case Start s -> "go";
            case Answer a -> Long.toString(a.movieId());
            case Pass p -> "pass:" + p.movieIds().stream().map(String::valueOf).collect(Collectors.joining("."));
        };
    }

    /** @throws UserInputException when the id is not one of these (an old or forged button) */
    static QuickRateId parse(String customId) {
        try {
            String rest = customId.substring(PREFIX.length());
            if (rest.equals("go")) {
                return new Start();
            }
            if (rest.startsWith("pass:")) {
                return new Pass(Arrays.stream(rest.substring(5).split("\\.")).map(Long::valueOf).toList());
            }
            return new Answer(Long.parseLong(rest));
        } catch (RuntimeException e) {
            throw new UserInputException("quick.expired");
        }
    }
}
