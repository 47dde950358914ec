package app.cinesync.core.preference;

/**
 * How much a member likes one genre, director, actor or decade.
 *
 * @param name       e.g. "Drama", "Agnès Varda", "1970s"
 * @param score      shrunken mean deviation: {@code sum(r_i - mean) / (count + 1)} over the
 *                   member's films having it
 * @param count      how many of the member's rated films have it
 * @param meanRating the member's mean stars for those films
 */
public record Affinity(String name, double score, int count, double meanRating) {
}
