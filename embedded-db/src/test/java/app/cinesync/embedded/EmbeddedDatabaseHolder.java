package app.cinesync.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Stands in for a CineSync process in {@link EmbeddedDatabaseRecoveryIT}: starts the embedded
 * PostgreSQL on the given directory, commits one row, says {@value #READY}, and waits to be killed.
 */
public final class EmbeddedDatabaseHolder {
    static final String READY = "holder ready";

    private EmbeddedDatabaseHolder() {
    }

    public static void main(String[] args) throws InterruptedException, SQLException {
        EmbeddedDatabase pg = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection c = pg.dataSource().getConnection(); Statement st = c.createStatement()) { // auto-commit: each statement commits
            st.executeUpdate("CREATE TABLE survivor (n INT)");
            st.executeUpdate("INSERT INTO survivor VALUES (1)");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
