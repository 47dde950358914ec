/**
 * What the database-backed Lambda functions share on AWS: configuration from the environment,
 * connections to RDS (through RDS Proxy) authenticated with IAM tokens, the SQS profile queue,
 * and the SnapStart priming of a dispatched command handler.
 */
package app.cinesync.aws;
