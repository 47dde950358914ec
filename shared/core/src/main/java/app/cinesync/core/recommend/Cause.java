package app.cinesync.core.recommend;

import app.cinesync.core.catalog.Movie;

/** Why a film was picked: the part of its score that sets it apart from the films it competed with. */
public sealed interface Cause {
    /** A film the member rated, through the collaborative model or content likeness. */
    record Liked(Movie film) implements Cause {
    }

    /** The member's genre mix, which favours this genre over the community's. */
    record Genre(String name) implements Cause {
    }

    /** The member's decade mix, which favours this decade ("1950s") over the community's. */
    record Decade(String name) implements Cause {
    }

    /** The member's director mix, which favours this director over the community's. */
    record Director(String name) implements Cause {
    }

    /** The community's rating count. */
    record Popular() implements Cause {
    }

    /** What the community has been rating lately ({@link TrendScorer}). */
    record Lately() implements Cause {
    }

    /** Receives the parts of one film's signal, each with the cause it belongs to. */
    @FunctionalInterface
    interface Sink {
        void add(Cause cause, double value);

        /**
         * The part owed to the member's {@code rated}-th rating (its place in their history), the
         * film {@code film}: the same as {@code add(new Liked(film), value)}, which a sink that keeps
         * the parts by place need not build.
         */
        default void liked(int rated, Movie film, double value) {
            add(new Liked(film), value);
        }
    }
}
