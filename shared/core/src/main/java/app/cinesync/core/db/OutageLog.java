package app.cinesync.core.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * Logs a database outage as an operator wants to read it: the first failure once, with its
 * cause and stack trace; while it lasts, one line every {@link #REPORT_EVERY} with how long and
 * how many requests failed; and one line when the database answers again, for good
 * ({@link #SETTLE}). Not one stack trace
 * per request: during a 61 s outage under load that was 5,480 of them. An outage that starts
 * within a minute of the last one's end (a database coming and going) gets one line, not
 * another stack trace. Thread-safe.
 */
public final class OutageLog {
    public static final Duration REPORT_EVERY = Duration.ofSeconds(60);
    /**
     * An outage is over once a request succeeds this long after the last failure: while a
     * killed server's connections fail one by one, others still answer for a few milliseconds.
     */
    public static final Duration SETTLE = Duration.ofSeconds(1);

    private final Clock clock;
    private final Logger log;
    private volatile boolean down; // read on every success: the common path takes no lock
    private Instant since;
    private Instant lastReport;
    private Instant lastFailure;
    private Instant lastOver = Instant.MIN;
    private long failures;

    public OutageLog(Clock clock, Logger log) {
        this.clock = clock;
        this.log = log;
    }

    /** A request could not reach the database ({@link DataAccessException#unavailable()}). */
    public synchronized void failed(DataAccessException e) {
        Instant now = clock.instant();
        failures++;
        lastFailure = now;
        if (!down) {
            down = true;
            since = now;
            lastReport = now;
            if (now.isBefore(lastOver.plus(REPORT_EVERY))) { // flapping: the stack trace was logged moments ago
                log.warn("database unavailable again: {}", e.getMessage());
            } else {
                log.error("database unavailable: {}", e.getMessage(), e);
            }
        } else if (!now.isBefore(lastReport.plus(REPORT_EVERY))) {
            lastReport = now;
            log.warn("database unavailable for {} s, {} requests failed (now: {})", seconds(now), failures, e.getMessage());
        }
    }

    /** A request reached the database. */
    public void succeeded() {
        if (down) {
            recovered();
        }
    }

    private synchronized void recovered() {
        Instant now = clock.instant();
        if (!down || now.isBefore(lastFailure.plus(SETTLE))) {
            return;
        }
        log.warn("database available again after {} s; {} requests failed meanwhile", seconds(now), failures);
        lastOver = now;
        down = false;
        failures = 0;
    }

    private long seconds(Instant now) {
        return Duration.between(since, now).toSeconds();
    }
}
