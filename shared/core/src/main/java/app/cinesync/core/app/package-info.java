/**
 * What each command does, end to end, independent of how it arrived (Lambda, local server):
 * rating, recommending, the taste profile, autocomplete, what members read in their language
 * ({@link app.cinesync.core.app.Replies}, from the catalog {@code i18n/replies*.properties}), and
 * the one place where failures are turned into it ({@link app.cinesync.core.app.CommandRunner}).
 */
package app.cinesync.core.app;
