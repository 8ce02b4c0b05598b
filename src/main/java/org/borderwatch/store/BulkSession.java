package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Runs a {@link BulkWork} in one write transaction ({@code BEGIN IMMEDIATE} … {@code COMMIT}) with
 * settings that make a large import cheaper without weakening it:
 * <ul>
 *   <li>a larger page cache ({@link #BULK_CACHE_KIB} KiB instead of the connection's 64 MiB), so
 *       the index pages an import keeps touching stay in memory; restored afterwards;</li>
 *   <li>a larger in-memory term buffer for the event search index ({@code event_fts} option
 *       {@code hashsize}, {@link #BULK_FTS_HASH} bytes instead of 1 MiB): FTS5 flushes the buffer
 *       as a new index segment whenever it fills and merges segments as they pile up, so a
 *       bigger buffer means far fewer segments and merges. Set inside the transaction and set
 *       back before the commit, so it never outlives the import.</li>
 * </ul>
 * Durability is untouched ({@code synchronous} and the journal stay as they are): the commit is
 * as safe as any other, and a failure, an exception or a cancellation before it rolls everything
 * back.
 */
final class BulkSession {
    static final int BULK_CACHE_KIB = 262_144;
    static final int BULK_FTS_HASH = 64 << 20;
    private static final int DEFAULT_FTS_HASH = 1 << 20;
    private static final int NORMAL_CACHE_KIB = 65_536;

    private BulkSession() {
    }

    static <T, E extends Exception> T run(Connection c, Path path, BulkWork<T, E> work) throws StoreException, E {
        try {
            if (!c.getAutoCommit()) {
                throw new IllegalStateException("a bulk import cannot run inside another transaction");
            }
            setCache(c, BULK_CACHE_KIB);
            try {
                return transaction(c, path, work);
            } finally {
                setCache(c, NORMAL_CACHE_KIB);
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
        BulkWriter writer = null;
        try {
            ftsHashSize(c, BULK_FTS_HASH);
            writer = new BulkWriter(c, path);
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

    private static void ftsHashSize(Connection c, int bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_fts (event_fts, rank) VALUES ('hashsize', ?)")) {
            ps.setInt(1, bytes);
            ps.executeUpdate();
        }
    }

    private static void setCache(Connection c, int kib) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -" + kib);
        }
    }
}
