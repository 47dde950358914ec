/**
 * The application layer, the one core package that knows Discord: what each command does, end to
 * end, independent of how it arrived (Lambda, local server): rating, the quick-rate set,
 * recommending, the taste profile, autocomplete; what members read in their language
 * ({@link app.cinesync.core.app.Replies}, from the catalog {@code i18n/replies*.properties}); the one
 * place where a failure becomes a reply ({@link app.cinesync.core.app.CommandRunner}), with each of
 * the member's mistakes worded by {@link app.cinesync.core.app.Mistakes}; and the wiring of it all
 * over {@link app.cinesync.core.app.Storage}, the repositories of the packages below
 * ({@link app.cinesync.core.app.CineSync}).
 */
package app.cinesync.core.app;
