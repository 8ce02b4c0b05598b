package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Runs a {@link BulkWork} in one write transaction ({@code BEGIN IMMEDIATE} … {@code COMMIT}) with
 * settings that make a large import cheaper without weakening it:
 * <ul>
 *   <li>a larger page cache ({@link #BULK_CACHE_KIB} KiB instead of the connection's 64 MiB), so
 *       the index pages an import keeps touching stay in memory — the ids' and the date window's
 *       indexes of a million events take some 80 MB; more would only hold table pages written
 *       once, in the process's resident memory — restored afterwards;</li>
 *   <li>a larger in-memory term buffer for the event search index ({@code event_fts} option
 *       {@code hashsize}, {@link #BULK_FTS_HASH} bytes instead of 1 MiB): FTS5 flushes the buffer
 *       as a new index segment whenever it fills and merges segments as they pile up, so a
 *       bigger buffer means far fewer segments and merges. Set inside the transaction and set
 *       back before the commit, so it never outlives the import;</li>
 *   <li>foreign keys are not enforced row by row ({@code PRAGMA foreign_keys} can only change
 *       outside a transaction, so it is switched off before and back on after). The
 *       {@link BulkWriter} keeps every reference valid itself: it refuses events citing a source
 *       that is neither stored nor written through it, or a crossing that is not stored; child rows
 *       are written only for the event just written; no event is deleted and no id changes. So
 *       the checks SQLite would make per child row (an index probe into {@code events} and one
 *       into {@code sources} each) could never fail.</li>
 *   <li>the commit does not checkpoint the write-ahead log ({@code PRAGMA wal_autocheckpoint = 0}
 *       for the duration): copying a large import from the log into the database file would
 *       double the commit's time, so {@link Store#bulkImport} has it done by a background
 *       checkpoint instead. The committed transaction is durable in the log either way.</li>
 * </ul>
 * Durability is untouched ({@code synchronous} and the journal stay as they are): the commit is
 * as safe as any other, and a failure, an exception or a cancellation before it rolls everything
 * back.
 */
final class BulkSession {
    static final int BULK_CACHE_KIB = 98_304;
    static final int BULK_FTS_HASH = 64 << 20;
    static final int DEFAULT_FTS_HASH = 1 << 20;
    private static final int NORMAL_CACHE_KIB = 65_536;
    /** SQLite's default: the log is copied into the database after a commit leaves it this many pages long. */
    private static final int AUTO_CHECKPOINT_PAGES = 1000;

    private BulkSession() {
    }

    static <T, E extends Exception> T run(Connection c, Path path, BulkWork<T, E> work) throws StoreException, E {
        try {
            if (!c.getAutoCommit()) {
                throw new IllegalStateException("a bulk import cannot run inside another transaction");
            }
            boolean foreignKeys = foreignKeys(c);
            setCache(c, BULK_CACHE_KIB);
            pragma(c, "foreign_keys = OFF");
            pragma(c, "wal_autocheckpoint = 0");
            try {
                return transaction(c, path, work);
            } finally {
                setCache(c, NORMAL_CACHE_KIB);
                pragma(c, "foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
                pragma(c, "wal_autocheckpoint = " + AUTO_CHECKPOINT_PAGES);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not import into " + path + ": "
                    + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static <T, E extends Exception> T transaction(Connection c, Path path, BulkWork<T, E> work)
            throws SQLException, StoreException, E {
        c.unwrap(SQLiteConnection.class).setCurrentTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        c.setAutoCommit(false);
        SqliteBulkWriter writer = null;
        try {
            ftsHashSize(c, BULK_FTS_HASH);
            writer = new SqliteBulkWriter(c, path);
            T result = work.run(writer);
            writer.finish();
            ftsHashSize(c, DEFAULT_FTS_HASH);
            c.commit();
            return result;
        } catch (Throwable failure) {
            try {
                if (writer != null) {
                    writer.close();
                }
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            try {
                c.rollback();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Sets {@code event_fts}'s in-memory term buffer; an FTS5 option stored with the table, so set it back. */
    static void ftsHashSize(Connection c, int bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_fts (event_fts, rank) VALUES ('hashsize', ?)")) {
            ps.setInt(1, bytes);
            ps.executeUpdate();
        }
    }

    private static void setCache(Connection c, int kib) throws SQLException {
        pragma(c, "cache_size = -" + kib);
    }

    private static boolean foreignKeys(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static void pragma(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA " + setting);
        }
    }
}
