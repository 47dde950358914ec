package app.cinesync.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.core.testing.RecordingLogger;
import app.cinesync.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * A database outage is logged once with its cause, then as a count every minute, then once when
 * it is over; not one stack trace per request. Through {@link Database}, over a real PostgreSQL
 * that becomes unreachable and reachable again.
 */
class OutageLogIT {
    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-06-01T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final RecordingLogger log = new RecordingLogger();
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final Database db = new Database(new ConnectionSource() {
        private final ConnectionSource real = new PooledConnections(TestDatabase.connectionFactory(), 2);

        @Override
        public Connection borrow() throws SQLException {
            if (!reachable.get()) {
                throw new SQLException("Connection to localhost:5432 refused", "08001");
            }
            return real.borrow();
        }

        @Override
        public void close() {
            real.close();
        }
    }, new OutageLog(clock, log));

    @AfterEach
    void close() {
        db.close();
    }

    private void query() {
        db.read(c -> c.createStatement().executeQuery("SELECT 1").next());
    }

    @Test
    void outage_isLoggedOnceWithItsCause_thenCounted_thenOnceWhenOver() {
        query();
        reachable.set(false);
        for (int second = 0; second < 61; second++) {
            for (int request = 0; request < 90; request++) {
                assertThatThrownBy(this::query).isInstanceOf(DataAccessException.class);
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertThatThrownBy(this::query).isInstanceOf(DataAccessException.class);
        reachable.set(true);
        query(); // the same instant as the last failure: not yet over
        clock.advance(Duration.ofSeconds(1));
        query();
        query();

        assertThat(log.at(Level.ERROR)).singleElement().satisfies(first -> {
            assertThat(first.message()).contains("database unavailable").contains("refused").contains("08001");
            assertThat(first.error()).as("the cause, with its stack trace, once").isInstanceOf(DataAccessException.class);
        });
        assertThat(log.at(Level.WARN)).extracting(RecordingLogger.Line::message).containsExactly(
                "database unavailable for 60 s, 5401 requests failed (now: Connection to localhost:5432 refused (SQLState 08001))",
                "database available again after 62 s; 5491 requests failed meanwhile");
        assertThat(log.lines).hasSize(3);
        assertThat(log.at(Level.WARN)).allSatisfy(l -> assertThat(l.error()).isNull());
    }

    @Test
    void connectionsFailingOneByOne_whileOthersStillAnswer_areOneOutage() {
        for (int i = 0; i < 8; i++) { // a killed server: each pooled connection fails in turn, the rest answer meanwhile
            reachable.set(false);
            assertThatThrownBy(this::query).isInstanceOf(DataAccessException.class);
            reachable.set(true);
            query();
            clock.advance(Duration.ofMillis(5));
        }
        clock.advance(Duration.ofSeconds(2));
        query();

        assertThat(log.at(Level.ERROR)).hasSize(1);
        assertThat(log.at(Level.WARN)).extracting(RecordingLogger.Line::message)
                .containsExactly("database available again after 2 s; 8 requests failed meanwhile");
    }

    @Test
    void anOutageSoonAfterTheLast_isOneLine_andLongAfter_getsItsCauseInFullAgain() {
        reachable.set(false);
        assertThatThrownBy(this::query).isInstanceOf(DataAccessException.class);
        reachable.set(true);
        clock.advance(Duration.ofSeconds(2));
        query();
        clock.advance(Duration.ofSeconds(10));
        reachable.set(false);
        assertThatThrownBy(this::query).isInstanceOf(DataAccessException.class);

        assertThat(log.at(Level.ERROR)).hasSize(1);
        assertThat(log.lines).filteredOn(l -> l.error() != null).hasSize(1);
        assertThat(log.lines.getLast().message()).startsWith("database unavailable again: Connection to localhost:5432 refused");

        reachable.set(true);
        clock.advance(Duration.ofSeconds(2));
        query();
        clock.advance(Duration.ofMinutes(2));
        reachable.set(false);
        assertThatThrownBy(this::query).isInstanceOf(DataAccessException.class);
        assertThat(log.at(Level.ERROR)).hasSize(2);
    }

    @Test
    void aStatementTheDatabaseRefuses_isNoOutage() {
        assertThatThrownBy(() -> db.read(c -> c.createStatement().executeQuery("SELECT * FROM no_such_table")))
                .isInstanceOf(DataAccessException.class).satisfies(e -> assertThat(((DataAccessException) e).unavailable()).isFalse());
        query();
        assertThat(log.lines).isEmpty();
    }

    @Test
    void aStatementTimeout_countsAsTheDatabaseNotAnswering() {
        assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().execute("SET LOCAL statement_timeout = 50; SELECT pg_sleep(1)")))
                .isInstanceOf(DataAccessException.class).satisfies(e -> assertThat(((DataAccessException) e).unavailable()).isTrue());
        assertThat(log.at(Level.ERROR)).singleElement().satisfies(l -> assertThat(l.message()).contains("57014"));
    }
}
