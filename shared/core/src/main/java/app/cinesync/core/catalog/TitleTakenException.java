package app.cinesync.core.catalog;

/**
 * A film cannot be stored: its title and year belong to another film of the catalog, one with
 * another IMDb id (two films of one name and year, such as MovieLens's two "Emma (1996)").
 * Carries both films.
 */
public final class TitleTakenException extends RuntimeException {
    private final transient Movie stored;
    private final transient Movie given;

    public TitleTakenException(Movie stored, Movie given) {
        super(given.displayTitle() + " is IMDb " + given.imdbId() + ", but the catalog's " + stored.displayTitle()
                + " is IMDb " + stored.imdbId() + ": two films cannot have the same title and year");
        this.stored = stored;
        this.given = given;
    }

    public Movie stored() {
        return stored;
    }

    public Movie given() {
        return given;
    }
}
