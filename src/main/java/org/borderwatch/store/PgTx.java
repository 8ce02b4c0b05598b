package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs work in one PostgreSQL transaction: all of it commits or none of it does. Reads see one
 * snapshot ({@code REPEATABLE READ, READ ONLY}); writes run at {@code READ COMMITTED} and lock
 * the rows they change, so concurrent writers of different rows never wait for each other.
 * A write that the server ends as a deadlock victim or serialization failure is run again, up
 * to {@link #ATTEMPTS} times, so that such a failure never reaches a user.
 */
final class PgTx {
    static final int ATTEMPTS = 4;

    private PgTx() {
    }

    static <T, E extends Exception> T read(Connection c, Transactions.Work<T, E> work) throws SQLException, E {
        return run(c, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", work);
    }

    static <T, E extends Exception> T write(Connection c, Transactions.Work<T, E> work) throws SQLException, E {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(c, "BEGIN ISOLATION LEVEL READ COMMITTED", work);
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw e;
                }
            }
        }
    }

    /** Deadlock victim (40P01) or serialization failure (40001): nothing was written, run again. */
    static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40P01".equals(state) || "40001".equals(state);
    }

    private static <T, E extends Exception> T run(Connection c, String begin, Transactions.Work<T, E> work)
            throws SQLException, E {
        if (!c.getAutoCommit()) {
            // committing here would commit the enclosing work half done (e.g. a bulk import)
            throw new IllegalStateException("a store transaction cannot start inside another one");
        }
        c.setAutoCommit(false);
        boolean committed = false;
        try {
            try (Statement st = c.createStatement()) {
                // the driver began the transaction with its first statement; set its mode now
                st.execute(begin.replace("BEGIN", "SET TRANSACTION"));
            }
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
