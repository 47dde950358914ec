package app.cinesync.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cinesync.core.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever goes wrong inside a transaction, nothing of it is committed, and the pool stays usable. */
class DatabaseTransactionIT {
    private final Database db = TestDatabase.get();

    @BeforeEach
    void table() {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE IF NOT EXISTS tx_probe (n INT)");
                st.executeUpdate("TRUNCATE tx_probe");
            }
            return null;
        });
    }

    private long rows(Database on) {
        return on.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM tx_probe")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void insert(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO tx_probe VALUES (1)");
        }
    }

    @Test
    void inTransaction_whenAnErrorIsThrownMidway_rollsBackAndRethrowsIt() {
        for (Error error : new Error[] {new StackOverflowError("deep"), new OutOfMemoryError("full"), new AssertionError("bug")}) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                insert(c);
                throw error;
            })).isSameAs(error);
        }
        assertThat(rows(db)).as("nothing of the failed transactions was committed").isZero();
        db.inTransaction(c -> {
            insert(c);
            return null;
        });
        assertThat(rows(db)).as("the pooled connections still work, in auto-commit").isEqualTo(1);
    }

    @Test
    void inTransaction_whenEvenTheRollbackFails_abortsTheConnectionSoNothingIsCommitted() {
        ConnectionFactory real = TestDatabase.connectionFactory();
        try (Database failingRollback = new Database(new PooledConnections(() -> rollbackThrows(real.open()), 1))) {
            Error error = new OutOfMemoryError("mid-transaction");
            assertThatThrownBy(() -> failingRollback.inTransaction(c -> {
                insert(c);
                throw error;
            })).isSameAs(error)
                    .satisfies(e -> assertThat(e.getSuppressed()).anySatisfy(s -> assertThat(s).hasMessage("during rollback")));
            assertThat(rows(failingRollback)).as("a fresh connection replaced the aborted one").isZero();
        }
        assertThat(rows(db)).isZero();
    }

    /** A real connection whose first rollback() fails as if memory ran out during it. */
    private static Connection rollbackThrows(Connection real) {
        AtomicBoolean failed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rollback") && args == null && !failed.getAndSet(true)) {
                        throw new OutOfMemoryError("during rollback");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
