/**
 * ImportFunction: an operator's import of a MovieLens-format catalog and its ratings from the
 * stack's S3 bucket into the database, and the retrain after it.
 */
package app.cinesync.functions.imports;
