package app.cinesync.core.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Where connections come from. Callers close what they borrow, which hands it back. */
public interface ConnectionSource extends AutoCloseable {
    Connection borrow() throws SQLException;

    /**
     * Closes every connection this source holds (for shutdown, or before a SnapStart snapshot,
     * which must not carry sockets or auth tokens). A later {@link #borrow()} opens afresh.
     */
    @Override
    void close();
}
