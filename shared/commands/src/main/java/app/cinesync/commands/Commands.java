package app.cinesync.commands;

/**
 * CineSync's slash commands and their options, by the names Discord sends (defined, with their
 * translations, in {@code discord/commands.json}).
 */
public final class Commands {
    /** {@code /rate movie rating}; without options it opens the rating form ({@link RateForm}). */
    public static final String RATE = "rate";
    /** {@code /my_recommendations [count] [genre]}. */
    public static final String MY_RECOMMENDATIONS = "my_recommendations";
    /** {@code /my_stats}. */
    public static final String MY_STATS = "my_stats";

    /** {@code /rate}'s film: an autocomplete value or a typed title. */
    public static final String MOVIE = "movie";
    /** {@code /rate}'s stars. */
    public static final String RATING = "rating";
    /** {@code /my_recommendations}'s number of films, {@value #MIN_COUNT} to {@value #MAX_COUNT} ({@value #DEFAULT_COUNT} when not given). */
    public static final String COUNT = "count";
    /** {@code /my_recommendations}'s genre. */
    public static final String GENRE = "genre";

    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 10;
    public static final int DEFAULT_COUNT = 5;

    private Commands() {
    }
}
