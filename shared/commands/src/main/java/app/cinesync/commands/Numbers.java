package app.cinesync.commands;

/** The numbers inside CineSync's {@code custom_id}s: plain decimal digits, nothing else. */
final class Numbers {
    /** 18 digits always fit a {@code long}. */
    private static final int MAX_DIGITS = 18;

    private Numbers() {
    }

    /** @throws IllegalArgumentException unless {@code s} is 1 to 18 decimal digits (no sign, no spaces) */
    static long parse(String s) {
        if (s.isEmpty() || s.length() > MAX_DIGITS || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("not a number of an id: " + s);
        }
        return Long.parseLong(s);
    }
}
