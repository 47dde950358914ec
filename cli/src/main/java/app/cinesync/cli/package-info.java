/**
 * The command line for people: {@code serve} (the interactions endpoint on 127.0.0.1 over an
 * embedded PostgreSQL, with the same handler classes as Lambda, on Jetty with limits for the
 * open internet), {@code demo}, {@code import}, {@code migrate}, {@code register-commands}, the
 * offline {@code eval} and {@code train}, and {@code fault-run} (ratings through the endpoint
 * while the database is killed, then counted).
 */
package app.cinesync.cli;
