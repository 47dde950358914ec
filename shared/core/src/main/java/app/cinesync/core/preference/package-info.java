/**
 * Taste profiles: favourite genres, directors, actors and decades, rating behaviour against the
 * community, and diversity, computed from a member's ratings
 * ({@link app.cinesync.core.preference.PreferenceAnalyzer}) and stored as JSONB.
 */
package app.cinesync.core.preference;
