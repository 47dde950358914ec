/**
 * JSON log lines for the Lambda functions: an SLF4J 2 provider ({@link app.cinesync.logging.JsonLoggingProvider})
 * whose every event is one line {@code {"timestamp","level","logger","message","interactionId","userId","error"}}
 * on standard output. The level comes from {@code AWS_LAMBDA_LOG_LEVEL} (set by Lambda's
 * advanced logging controls) or {@code LOG_LEVEL}, default INFO.
 *
 * <p>Hand-written on purpose, measured against Logback 1.5's {@code JsonEncoder} in the same router
 * jar (docs/BENCHMARKS.md, "JSON logging"): with Logback the router's first answer from a fresh JVM
 * came 130 to 170 ms later (first PING, median of 10: 160 against 327 ms), a refused request's whole
 * process took 0.53 s against 0.26 s, and it used 20 MiB more memory. Replace it when it needs what a
 * logging library gives (appenders, async writing), not before.
 */
package app.cinesync.logging;
