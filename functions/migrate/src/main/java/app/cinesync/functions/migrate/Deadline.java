package app.cinesync.functions.migrate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs work on a thread of its own and gives up waiting for it after a deadline. */
final class Deadline {
    private Deadline() {
    }

    /**
     * @return the work's result
     * @throws DeadlineExceededException when the work did not finish in time (it is interrupted)
     */
    static <T> T run(Duration budget, Supplier<T> work) {
        if (budget.isNegative() || budget.isZero()) {
            throw new DeadlineExceededException("no time left to run it");
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
        Future<T> result = executor.submit(work::get);
        try {
            return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DeadlineExceededException("did not finish within " + budget.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadlineExceededException("interrupted");
        } finally {
            executor.shutdown();
        }
    }

    /** The work ran out of time. */
    static final class DeadlineExceededException extends RuntimeException {
        DeadlineExceededException(String message) {
            super(message);
        }
    }
}
