package app.cinesync.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code custom_id}s of the quick-rate set, formatted and parsed in this one place:
 * {@code qr:go} opens it, {@code qr:<film>} is the drop-down of one film (stars or "haven't seen it"),
 * {@code qr:pass:<film>.<film>...} passes over the films shown and offers others, and
 * {@code qr:pick:<stars>} is the drop-down of the films a typed title may mean, to rate the one
 * picked with the stars given to {@code /rate}. The router sends
 * every id with the prefix to RateFunction.
 */
public sealed interface QuickRateId {
    String PREFIX = "qr:";

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
            if (movieIds.isEmpty()) {
                throw new IllegalArgumentException("a pass names the films passed over");
            }
        }
    }

    /** Which of the films a typed title may mean: the one picked gets {@code stars} (as the member gave them, checked when applied). */
    record Choose(String stars) implements QuickRateId {
        public Choose {
            if (stars == null || stars.isEmpty() || stars.length() > 8 || stars.contains(":")) {
                throw new IllegalArgumentException("stars of 1 to 8 characters, without ':'");
            }
        }
    }

    default String format() {
        return PREFIX + switch (this) {
            case Start s -> "go";
            case Answer a -> Long.toString(a.movieId());
            case Pass p -> "pass:" + p.movieIds().stream().map(String::valueOf).collect(Collectors.joining("."));
            case Choose c -> "pick:" + c.stars();
        };
    }

    /** Whether {@code customId} is one of the quick-rate set's (well formed or not): RateFunction answers it. */
    static boolean claims(String customId) {
        return customId.startsWith(PREFIX);
    }

    /** The id, or empty when {@code customId} is not one of these (an old or forged component). */
    static Optional<QuickRateId> parse(String customId) {
        if (!claims(customId)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        try {
            if (rest.equals("go")) {
                return Optional.of(new Start());
            }
            if (rest.startsWith("pick:")) {
                return Optional.of(new Choose(rest.substring(5)));
            }
            if (rest.startsWith("pass:")) {
                return Optional.of(new Pass(Arrays.stream(rest.substring(5).split("\\.", -1)).map(Numbers::parse).toList()));
            }
            return Optional.of(new Answer(Numbers.parse(rest)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
