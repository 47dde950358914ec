package app.cinesync.core.catalog;

import java.util.List;

/**
 * No single film matches what the member named. Carries what they named, as they wrote it, and
 * the films that come closest (several of the same title, or titles like it; empty when none does).
 * What the member reads of it is the application's business.
 */
public final class MovieNotFoundException extends RuntimeException {
    private final String named;
    private final transient List<Movie> candidates;

    public MovieNotFoundException(String named, List<Movie> candidates) {
        super(candidates.isEmpty() ? "no film matches the name given" : candidates.size() + " films match the name given");
        this.named = named.strip();
        this.candidates = List.copyOf(candidates);
    }

    /** What the member named, stripped. */
    public String named() {
        return named;
    }

    /** The closest films, best first; empty when nothing comes close. */
    public List<Movie> candidates() {
        return candidates;
    }
}
