package app.cinesync.core.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Where connections come from. Callers close what they borrow, which hands it back. */
public interface ConnectionSource extends AutoCloseable {
    Connection borrow() throws SQLException;

    /** Closes every idle connection (for shutdown, or before a SnapStart snapshot). */
    @Override
    void close();
}
