package app.cinesync.core.embedding;

import java.util.List;

/**
 * What a content vector is built from ({@link ItemVectorizer}): a film's genres, directors, billed
 * cast, decade and tags. The catalog's films have these; the vector space does not need to know films.
 */
public interface ContentFeatures {
    List<String> genres();

    List<String> directors();

    /** Billed cast, top-billed first. */
    List<String> cast();

    /** "1990s", or null when unknown. */
    String decade();

    List<String> tags();
}
