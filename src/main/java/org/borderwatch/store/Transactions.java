package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Runs work in one SQLite transaction: all of it commits or none of it does. Writes take the
 * write lock at the start ({@code BEGIN IMMEDIATE}); reads use a deferred transaction, which in
 * WAL mode sees one consistent snapshot without blocking writers of other processes.
 */
final class Transactions {
    /** Work on the connection; {@code E} is the one checked exception it may add to SQLException. */
    interface Work<T, E extends Exception> {
        T run(Connection c) throws SQLException, E;
    }

    private Transactions() {
    }

    static <T, E extends Exception> T write(Connection c, Work<T, E> work) throws SQLException, E {
        return run(c, SQLiteConfig.TransactionMode.IMMEDIATE, work);
    }

    static <T, E extends Exception> T read(Connection c, Work<T, E> work) throws SQLException, E {
        return run(c, SQLiteConfig.TransactionMode.DEFERRED, work);
    }

    private static <T, E extends Exception> T run(Connection c, SQLiteConfig.TransactionMode mode, Work<T, E> work)
            throws SQLException, E {
        if (!c.getAutoCommit()) {
            // committing here would commit the enclosing work half done (e.g. a bulk import)
            throw new IllegalStateException("a store transaction cannot start inside another one");
        }
        c.unwrap(SQLiteConnection.class).setCurrentTransactionMode(mode);
        c.setAutoCommit(false);
        boolean committed = false;
        try {
            T result = work.run(c);
            c.commit();
            committed = true;
            return result;
        } finally {
            try {
                if (!committed) {
                    c.rollback();
                }
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
