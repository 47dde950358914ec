/**
 * What each command does, end to end, independent of how it arrived (Lambda, local server):
 * rating, recommending, the taste profile, autocomplete, and the one place where failures are
 * turned into what the member reads ({@link app.cinesync.core.app.CommandRunner}).
 */
package app.cinesync.core.app;
