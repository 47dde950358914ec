package app.cinesync.aws;

import java.time.Duration;

/**
 * How long one database read may stall before the driver gives up (pgJDBC's socket timeout),
 * per kind of function. A timeout must end inside the function's own Lambda timeout, so that a
 * hung query still ends in an answer: a reply edit, a FAILED to CloudFormation, a logged error.
 */
public final class DbTimeouts {
    /** Rate, Recommend, Stats, Profile: their Lambda timeouts are 20 to 60 s. */
    public static final Duration REQUEST = Duration.ofSeconds(8);
    /** Train and Import (Lambda timeout 900 s): a full read of the ratings, a model written in one transaction. */
    public static final Duration BATCH = Duration.ofSeconds(840);

    private DbTimeouts() {
    }
}
