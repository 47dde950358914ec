/**
 * The command line for people: {@code serve} (the interactions endpoint on 127.0.0.1 over an
 * embedded PostgreSQL, with the same handler classes as Lambda), {@code demo}, {@code import},
 * {@code migrate}, {@code register-commands}, and the offline {@code eval} and {@code train}.
 */
package app.cinesync.cli;
