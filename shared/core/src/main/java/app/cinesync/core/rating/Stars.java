package app.cinesync.core.rating;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** A rating from 0.5 to 5.0 in half-star steps. */
public record Stars(double value) {
    /** The scale, as members read it. */
    public static final double MIN_STARS = 0.5;
    public static final double MAX_STARS = 5;
    private static final BigDecimal MIN = BigDecimal.valueOf(MIN_STARS);
    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_STARS);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** What a member types as a number: digits, an optional decimal part, an optional trailing ½. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)?\\s*(½)?");
    /** A row of stars, at most one ½, and only at the end. */
    private static final Pattern ROW = Pattern.compile("[★⭐]*½?");
    /** Longer than any way of writing a rating; refused before any arithmetic on it. */
    private static final int MAX_TYPED = 40;

    public Stars {
        if (!Double.isFinite(value) || value < MIN_STARS || value > MAX_STARS || value * 2 != Math.rint(value * 2)) {
            throw new InvalidRatingException(String.valueOf(value));
        }
    }

    /**
     * Reads what a member typed: {@code 4}, {@code 4.5}, {@code 4,5}, {@code 4½} or a row of
     * stars such as {@code ★★★★½}. The half step and the range are checked on the exact decimal
     * the member typed, before any rounding, so {@code 4.000…01} is refused, not stored as 4.
     */
    public static Stars parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_TYPED) {
            throw new InvalidRatingException(t);
        }
        if (!t.isEmpty() && ROW.matcher(t).matches()) {
            long full = t.codePoints().filter(ch -> ch != '½').count();
            return exact(t, BigDecimal.valueOf(full).add(t.endsWith("½") ? MIN : BigDecimal.ZERO));
        }
        var number = NUMBER.matcher(t.replace(',', '.'));
        if (t.isEmpty() || !number.matches()) {
            throw new InvalidRatingException(t);
        }
        BigDecimal whole = number.group(1) == null ? BigDecimal.ZERO : new BigDecimal(number.group(1));
        return exact(t, number.group(2) == null ? whole : whole.add(MIN));
    }

    /** {@code value} as stars when it is 0.5 to 5 in half steps, exactly. */
    private static Stars exact(String typed, BigDecimal value) {
        boolean halfStep = value.multiply(TWO).stripTrailingZeros().scale() <= 0;
        if (!halfStep || value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidRatingException(typed);
        }
        return new Stars(value.doubleValue());
    }

    /** "★★★★½ (4.5)". */
    public String display() {
        return display(Locale.ENGLISH);
    }

    /** "★★★★½ (4.5)", the number written for {@code numbers}: "★★★★½ (4,5)" in French. */
    public String display(Locale numbers) {
        int full = (int) value;
        NumberFormat number = NumberFormat.getNumberInstance(numbers);
        number.setMaximumFractionDigits(1);
        return "★".repeat(full) + (value - full == 0.5 ? "½" : "") + " (" + number.format(value) + ")";
    }

    /** The rating was not 0.5 to 5 in half steps. Carries what was given, as given; what the member reads of it is the application's. */
    public static final class InvalidRatingException extends IllegalArgumentException {
        private final String given;

        public InvalidRatingException(String given) {
            super("a rating is 0.5 to 5 in half steps");
            this.given = given;
        }

        /** What the member typed (stripped), or the value as a number. */
        public String given() {
            return given;
        }
    }
}
