package org.borderwatch.store;

import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
 * Durability is untouched ({@code synchronous} stays as it is): the commit is as safe as any
 * other, and a failure, an exception or a cancellation before it rolls everything back.
 *
 * <p><b>A store this opening created</b> is written straight into its file: its first bulk import
 * runs with a rollback journal ({@code PRAGMA journal_mode = DELETE}) instead of the write-ahead
 * log, and the log is taken up again right after. In the log every page is written twice — into
 * the log, then by the checkpoint into the file — and a new store's pages are all new: the rollback
 * journal keeps only the few pages that existed before, so the import writes its pages once (some
 * 0.5 s less for 200,000 ACLED rows, a quarter of their writing). The log exists so that readers
 * in other processes go on reading while a write is under way; no other connection can have a
 * store open that did not exist before this opening, and SQLite leaves the log only when no other
 * connection has the store open (otherwise the import simply runs in the log). A reader that opens
 * the new store during that one transaction reads it as it was created while SQLite lets it, and
 * waits (at most a second, then "busy") while the import writes pages into the file or commits;
 * a read held open longer than five seconds in another process would make the commit fail, with
 * nothing written. That is the price of writing once, and only a store no one knew before pays it.
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

    /**
     * Runs {@code work} in one transaction; {@code newStore}: the connection's opening created the
     * store, which is then written without the log when no other connection has it open.
     */
    static <T, E extends Exception> T run(Connection c, Path path, BulkWork<T, E> work, boolean newStore)
            throws StoreException, E {
        try {
            boolean foreignKeys = foreignKeys(c);
            boolean direct = newStore && journalMode(c, "DELETE");
            if (!direct) {
                // a direct import that could not take up the log again (a reader held the store) left it to this one
                journalMode(c, "WAL");
            }
            setCache(c, BULK_CACHE_KIB);
            pragma(c, "foreign_keys = OFF");
            pragma(c, "wal_autocheckpoint = 0");
            T result;
            try {
                result = transaction(c, path, work);
            } catch (Throwable failure) {
                restore(c, foreignKeys, direct, failure);
                throw failure;
            }
            // committed: a failure to restore the settings is not a failure of the import
            restore(c, foreignKeys, direct, null);
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not import into " + path + ": " + StoreProblems.describe(path, e), e);
        }
    }

    private static <T, E extends Exception> T transaction(Connection c, Path path, BulkWork<T, E> work)
            throws SQLException, StoreException, E {
        Transactions.begin(c, "BEGIN IMMEDIATE");
        SqliteBulkWriter writer = null;
        try {
            StoreIdentity.count(c);
            ftsHashSize(c, BULK_FTS_HASH);
            long before = totalChanges(c);
            writer = new SqliteBulkWriter(c, path);
            T result = work.run(writer);
            writer.finish();
            if (totalChanges(c) == before) {
                // nothing to write (a file of headers only, every row as stored): the store keeps its bytes
                Transactions.execute(c, "ROLLBACK");
                return result;
            }
            ftsHashSize(c, DEFAULT_FTS_HASH);
            Transactions.execute(c, "COMMIT");
            return result;
        } catch (Throwable failure) {
            try {
                if (writer != null) {
                    writer.close();
                }
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            Transactions.rollbackAfter(c, failure);
            throw failure;
        }
    }

    /**
     * Puts the connection's settings back after an import, the write-ahead log too when it was
     * left ({@code direct}); a failure is added to {@code failure} (the import's own), or, after a
     * commit ({@code failure} null), left: the data is stored, the next import sets the same
     * settings again, and the next opening of the store takes up the log.
     */
    private static void restore(Connection c, boolean foreignKeys, boolean direct, Throwable failure) {
        try {
            if (direct) {
                journalMode(c, "WAL");
            }
            setCache(c, NORMAL_CACHE_KIB);
            pragma(c, "foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
            pragma(c, "wal_autocheckpoint = " + AUTO_CHECKPOINT_PAGES);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static long totalChanges(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0;
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

    /**
     * Sets the journal mode ({@code DELETE} or {@code WAL}) unless another connection has the store
     * open — then SQLite refuses at once: the switch does not wait —; returns whether the mode is
     * in force afterwards. The store's next bulk import, or its next opening for writing
     * ({@link StoreOpener}), takes up a log that could not be taken up here.
     */
    private static boolean journalMode(Connection c, String mode) throws SQLException {
        Transactions.busyTimeout(c, Duration.ZERO);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = " + mode)) {
            return rs.next() && mode.equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            if (StoreProblems.isBusy(e)) {
                return false;
            }
            throw e;
        } finally {
            Transactions.busyTimeout(c, Transactions.BUSY_WAIT);
        }
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
