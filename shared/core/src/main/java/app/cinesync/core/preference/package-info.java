/**
 * Taste profiles: favourite genres, directors, actors and decades, rating behaviour (compared
 * with other members only when enough of them stand behind the comparison, see
 * {@link app.cinesync.core.preference.RatingBehavior}), and diversity, computed from a member's
 * ratings ({@link app.cinesync.core.preference.PreferenceAnalyzer}) and stored as JSONB.
 */
package app.cinesync.core.preference;
