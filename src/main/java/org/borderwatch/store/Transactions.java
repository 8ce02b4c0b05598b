package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one SQLite transaction: all of it commits or none of it does. Writes take the
 * write lock at the start ({@code BEGIN IMMEDIATE}); reads use a deferred transaction, which in
 * WAL mode sees one consistent snapshot without blocking writers of other processes.
 *
 * <p>The transaction is begun, committed and rolled back by plain SQL on a connection in
 * auto-commit mode, not through JDBC's {@code setAutoCommit(false)}: the driver answers a
 * {@code commit()} by beginning the next transaction at once — with {@code IMMEDIATE}, taking the
 * write lock again, which can fail with "database is locked" although the data was committed —
 * and its reset of auto-commit after a failed commit fails with "cannot commit - no transaction is
 * active", which used to be thrown over the real error.
 *
 * <p><b>The first error is the one reported.</b> When the work or the commit fails, the rollback
 * is attempted and its own failure (SQLite may already have rolled back after a full disk) is
 * added to the first one as a suppressed exception, never thrown in its place. Once
 * {@code COMMIT} has succeeded the work's data is durable and the call returns normally.
 */
final class Transactions {
    /** Work on the connection; {@code E} is the one checked exception it may add to SQLException. */
    interface Work<T, E extends Exception> {
        T run(Connection c) throws SQLException, E;
    }

    private Transactions() {
    }

    static <T, E extends Exception> T write(Connection c, Work<T, E> work) throws SQLException, E {
        return run(c, "BEGIN IMMEDIATE", work);
    }

    static <T, E extends Exception> T read(Connection c, Work<T, E> work) throws SQLException, E {
        return run(c, "BEGIN DEFERRED", work);
    }

    private static <T, E extends Exception> T run(Connection c, String begin, Work<T, E> work) throws SQLException, E {
        begin(c, begin);
        T result;
        try {
            result = work.run(c);
            execute(c, "COMMIT");
        } catch (Throwable failure) {
            rollbackAfter(c, failure);
            throw failure;
        }
        return result;
    }

    /**
     * Begins a transaction ({@code BEGIN IMMEDIATE} or {@code BEGIN DEFERRED}).
     *
     * @throws IllegalStateException when one is open already: committing the inner work would
     *                               commit the enclosing work half done (e.g. a bulk import)
     */
    static void begin(Connection c, String begin) throws SQLException {
        try {
            execute(c, begin);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("within a transaction")) {
                throw new IllegalStateException("a store transaction cannot start inside another one", e);
            }
            throw e;
        }
    }

    /** Rolls back after {@code failure}; a failure to roll back is added to it, not thrown. */
    static void rollbackAfter(Connection c, Throwable failure) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
