/**
 * JSON log lines for the Lambda functions: an SLF4J 2 provider ({@link app.cinesync.logging.JsonLoggingProvider})
 * whose every event is one line {@code {"timestamp","level","logger","message","interactionId","userId","error"}}
 * on standard output. The level comes from {@code AWS_LAMBDA_LOG_LEVEL} (set by Lambda's
 * advanced logging controls) or {@code LOG_LEVEL}, default INFO.
 */
package app.cinesync.logging;
