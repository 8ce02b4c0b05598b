package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first error is the one reported: a failed rollback never hides why the work failed. */
class TransactionsTest {
    @TempDir
    Path dir;

    private Connection c;

    @BeforeEach
    void connection() throws Exception {
        c = StoreOpener.connect(dir.resolve("t.db"), false);
        Transactions.execute(c, "CREATE TABLE t (x INTEGER)");
    }

    private long count() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void whenSqliteHasRolledBackAlreadyTheWorksOwnFailureIsThrownAndTheRollbacksIsSuppressed() throws Exception {
        SQLException full = new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)");
        SQLException thrown = assertThrows(SQLException.class, () -> Transactions.write(c, conn -> {
            Transactions.execute(conn, "INSERT INTO t VALUES (1)");
            Transactions.execute(conn, "ROLLBACK"); // what SQLite does itself after a full disk
            throw full;
        }));
        assertSame(full, thrown, "the cause, not 'cannot rollback - no transaction is active'");
        assertEquals(1, thrown.getSuppressed().length);
        assertTrue(thrown.getSuppressed()[0].getMessage().contains("no transaction is active"),
                thrown.getSuppressed()[0].getMessage());
        assertEquals(0, count());
        assertEquals(Integer.valueOf(1), Transactions.write(c, conn -> {
            Transactions.execute(conn, "INSERT INTO t VALUES (2)");
            return 1;
        }), "the connection is usable afterwards");
        assertEquals(1, count());
    }

    @Test
    void aFailingWorkLeavesNothingAndAnInnerTransactionIsRefused() throws Exception {
        assertThrows(IllegalStateException.class, () -> Transactions.write(c, conn -> {
            Transactions.execute(conn, "INSERT INTO t VALUES (1)");
            return Transactions.read(conn, inner -> 0);
        }));
        assertEquals(0, count());
    }

    @Test
    void afterACommitNoLockIsHeld() throws Exception {
        Transactions.write(c, conn -> {
            Transactions.execute(conn, "INSERT INTO t VALUES (1)");
            return null;
        });
        try (Connection other = StoreOpener.connect(dir.resolve("t.db"), false); Statement st = other.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("BEGIN IMMEDIATE"); // would fail at once if the committer had begun its next transaction
            st.execute("INSERT INTO t VALUES (2)");
            st.execute("COMMIT");
        }
        assertEquals(2, count());
    }
}
