package app.cinesync.commands;

import java.util.Optional;

/**
 * The {@code custom_id}s of the buttons on a list of picks, formatted and parsed in this one place:
 * "More picks" ({@code recs:<count>:<offset>:<genre or ->}, the page to show) and "Not for me" on
 * each film ({@code recs:no:<film>:<count>:<offset>:<genre or ->}: wave the film away and show the
 * same page again). The genre is the catalog's name of it. The router sends every id with the
 * prefix to RecommendFunction.
 */
public sealed interface RecommendId {
    String PREFIX = "recs:";
    /** How far a member can page on: a list beyond this is an old or forged button. */
    int MAX_OFFSET = 1000;
    /** Written for "any genre". */
    String ANY_GENRE = "-";

    /** The picks to show: {@code count} films from place {@code offset}, of {@code genre} (null for any). */
    record MorePicks(int count, int offset, String genre) implements RecommendId {
        public MorePicks {
            checkPage(count, offset);
            checkGenre(genre);
        }

        /** The first page of default picks ("See my picks"). */
        public static MorePicks firstPage() {
            return new MorePicks(Commands.DEFAULT_COUNT, 0, null);
        }

        /** The page after this one, or empty when it would start beyond {@value #MAX_OFFSET} (no button could ask for it). */
        public Optional<MorePicks> next() {
            return offset + count <= MAX_OFFSET ? Optional.of(new MorePicks(count, offset + count, genre)) : Optional.empty();
        }
    }

    /** Wave {@code movieId} away, then show the same page again. */
    record NotForMe(long movieId, int count, int offset, String genre) implements RecommendId {
        public NotForMe {
            checkPage(count, offset);
            checkGenre(genre);
        }
    }

    default String format() {
        return PREFIX + switch (this) {
            case MorePicks p -> page(p.count(), p.offset(), p.genre());
            case NotForMe n -> "no:" + n.movieId() + ":" + page(n.count(), n.offset(), n.genre());
        };
    }

    /** Whether {@code customId} is one of these buttons' (well formed or not): RecommendFunction answers it. */
    static boolean claims(String customId) {
        return customId.startsWith(PREFIX);
    }

    /**
     * The id, or empty when {@code customId} is not one of these: another prefix, missing or extra
     * parts, a count outside {@value Commands#MIN_COUNT}..{@value Commands#MAX_COUNT} or an offset
     * beyond {@value #MAX_OFFSET}.
     */
    static Optional<RecommendId> parse(String customId) {
        if (!claims(customId)) {
            return Optional.empty();
        }
        String[] parts = customId.substring(PREFIX.length()).split(":", -1);
        try {
            if (parts.length == 5 && parts[0].equals("no")) {
                return Optional.of(new NotForMe(Numbers.parse(parts[1]), small(parts[2]), small(parts[3]), genre(parts[4])));
            }
            if (parts.length == 3) {
                return Optional.of(new MorePicks(small(parts[0]), small(parts[1]), genre(parts[2])));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String page(int count, int offset, String genre) {
        return count + ":" + offset + ":" + (genre == null ? ANY_GENRE : genre);
    }

    /** A count or an offset: digits, no larger than the largest either may be (the records check the rest). */
    private static int small(String s) {
        long n = Numbers.parse(s);
        if (n > MAX_OFFSET) {
            throw new IllegalArgumentException("out of range: " + s);
        }
        return (int) n;
    }

    private static void checkPage(int count, int offset) {
        if (count < Commands.MIN_COUNT || count > Commands.MAX_COUNT || offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("a page is 1.." + Commands.MAX_COUNT + " films from 0.." + MAX_OFFSET);
        }
    }

    private static String genre(String s) {
        return s.equals(ANY_GENRE) ? null : s;
    }

    private static void checkGenre(String genre) {
        if (genre != null && (genre.isEmpty() || genre.equals(ANY_GENRE) || genre.contains(":"))) {
            throw new IllegalArgumentException("a genre is a name without ':'");
        }
    }
}
