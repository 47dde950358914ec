package app.cinesync.discord;

/** Small text helpers for Discord's length limits. */
public final class Text {
    private Text() {
    }

    /** {@code s} cut to at most {@code max} characters, ending in an ellipsis when cut. */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        if (max <= 1) {
            return s.substring(0, max);
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return s.substring(0, end) + "…";
    }
}
