package app.cinesync.core.rating;

import app.cinesync.core.app.UserInputException;
import java.math.BigDecimal;

/** A rating from 0.5 to 5.0 in half-star steps. */
public record Stars(double value) {
    public Stars {
        if (!Double.isFinite(value) || value < 0.5 || value > 5.0 || value * 2 != Math.rint(value * 2)) {
            throw new InvalidRatingException(String.valueOf(value));
        }
    }

    /**
     * Reads what a member typed: {@code 4}, {@code 4.5}, {@code 4,5}, {@code 4½} or a row of
     * stars such as {@code ★★★★½}.
     */
    public static Stars parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidRatingException(t);
        }
        if (t.chars().allMatch(ch -> ch == '★' || ch == '½' || ch == '⭐')) {
            double stars = t.chars().filter(ch -> ch != '½').count() + (t.indexOf('½') >= 0 ? 0.5 : 0);
            return new Stars(stars);
        }
        String normalized = t.replace(',', '.');
        boolean half = normalized.endsWith("½");
        if (half) {
            normalized = normalized.substring(0, normalized.length() - 1).strip();
        }
        try {
            double v = normalized.isEmpty() && half ? 0.5 : new BigDecimal(normalized).doubleValue() + (half ? 0.5 : 0);
            return new Stars(v);
        } catch (NumberFormatException e) {
            throw new InvalidRatingException(t);
        }
    }

    /** "★★★★½ (4.5)". */
    public String display() {
        int full = (int) value;
        return "★".repeat(full) + (value - full == 0.5 ? "½" : "") + " (" + format() + ")";
    }

    public String format() {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }

    /** The rating was not 0.5 to 5 in half steps. */
    public static final class InvalidRatingException extends UserInputException {
        public InvalidRatingException(String given) {
            super("A rating is 0.5 to 5 stars in half steps (like 3, 3.5 or 4.5); **"
                    + app.cinesync.discord.Text.cut(given, 20) + "** isn't one. Nothing was saved.");
        }
    }
}
