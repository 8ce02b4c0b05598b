package org.borderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Opens a database file for the {@link Store}: refuses what is not ours without changing a byte,
 * then switches on WAL and foreign keys and brings the schema up to date.
 *
 * <p>Order of checks, cheapest and least intrusive first: the 100-byte SQLite file header is read
 * as plain bytes (magic, {@code user_version} at offset 60, {@code application_id} at offset 68);
 * then a <em>read-only</em> connection confirms them (the header can be stale while a WAL file
 * exists), counts the tables of an unmarked file and runs {@code PRAGMA quick_check} (every page and
 * b-tree read and checked; it skips only the cross-check of index entries against their rows,
 * which on a large store costs more than the rest of opening it together). Only a
 * file that passes is opened for writing. A read-only connection never checkpoints, so a refused
 * file keeps its bytes.
 */
final class StoreOpener {
    /** {@code PRAGMA application_id} of a Borderwatch database: "BWCH" in ASCII. */
    static final int APPLICATION_ID = 0x42574348;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Work that runs inside the schema transaction of a newly created database. */
    interface CreationWork {
        void run(Connection connection) throws SQLException, StoreException;
    }

    /**
     * Page size of a new database, in bytes (SQLite's default is 4,096). Events are rows of about
     * a kilobyte: larger pages hold more of them, so an import writes fewer pages and splits fewer
     * — some 20 % less time for a large ACLED import. A database keeps the size it was made with.
     */
    static final int PAGE_SIZE = 16_384;

    private StoreOpener() {
    }

    /**
     * Opens {@code path}, creating it (and its directory) when missing, and applies the pending
     * {@code steps} in one transaction; when the database is new, {@code onCreate} (may be null)
     * runs in that same transaction. A file this call created is removed again if it fails.
     */
    static Connection open(Path path, List<Migration> steps, CreationWork onCreate) throws StoreException {
        Migrations.checkNumbering(steps);
        boolean existed = Files.exists(path);
        boolean fresh;
        try {
            fresh = !existed || Files.size(path) == 0;
            if (!fresh) {
                checkHeader(path, steps.size());
                checkWithReadOnlyConnection(path, steps.size());
            } else if (!existed && path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        Connection c = null;
        try {
            c = connect(path, false);
            SearchFunctions.register(c);
            try (Statement st = c.createStatement()) {
                if (fresh) {
                    st.execute("PRAGMA page_size = " + PAGE_SIZE);
                }
                st.execute("PRAGMA foreign_keys = ON");
                // a 100,000-event store is ~60 MB: keep its hot pages and sort space in memory
                st.execute("PRAGMA cache_size = -65536");
                st.execute("PRAGMA temp_store = MEMORY");
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                    rs.next();
                }
            }
            migrate(c, path, steps, onCreate);
            try (Statement st = c.createStatement()) {
                st.execute(EventSearch.VOCABULARY);
            }
            return c;
        } catch (SQLException | StoreException | RuntimeException e) {
            closeAfterFailure(c, e);
            if (!existed) {
                deleteCreated(path, e);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Cannot open " + path + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
    }

    private static void checkHeader(Path path, int known) throws IOException, StoreException {
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(header, 0, header.length);
        }
        if (n < header.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw notSqlite(path);
        }
        if (Files.exists(walOf(path))) {
            return; // the header may be stale; the read-only connection decides
        }
        int userVersion = readInt(header, 60);
        int applicationId = readInt(header, 68);
        if (applicationId != 0 && applicationId != APPLICATION_ID) {
            throw foreign(path, applicationId);
        }
        if (applicationId == APPLICATION_ID && userVersion > known) {
            throw newer(path, userVersion, known);
        }
    }

    private static void checkWithReadOnlyConnection(Path path, int known) throws StoreException {
        try (Connection c = connect(path, true); Statement st = c.createStatement()) {
            int applicationId = intPragma(st, "application_id");
            int userVersion = intPragma(st, "user_version");
            if (applicationId != APPLICATION_ID) {
                if (applicationId != 0 || tableCount(st) > 0) {
                    throw foreign(path, applicationId);
                }
            } else if (userVersion > known) {
                throw newer(path, userVersion, known);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(first)) {
                    throw new StoreException(path + " is corrupt (integrity check: " + first
                            + "); it was left unchanged.");
                }
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
                throw notSqlite(path);
            }
            throw new StoreException(path + " is corrupt or unreadable (" + firstLine(m)
                    + "); it was left unchanged.", e);
        }
    }

    private static void migrate(Connection c, Path path, List<Migration> steps, CreationWork onCreate)
            throws SQLException, StoreException {
        // IMMEDIATE: takes the write lock, so two processes cannot both migrate
        Transactions.begin(c, "BEGIN IMMEDIATE");
        try (Statement st = c.createStatement()) {
            int applicationId = intPragma(st, "application_id");
            int current = intPragma(st, "user_version");
            if (applicationId != APPLICATION_ID && (applicationId != 0 || tableCount(st) > 0)) {
                throw foreign(path, applicationId);
            }
            if (current > steps.size()) {
                throw newer(path, current, steps.size());
            }
            if (applicationId == 0) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            for (Migration m : steps.subList(current, steps.size())) {
                m.apply(c);
            }
            if (current < steps.size()) {
                st.execute("PRAGMA user_version = " + steps.size());
            }
            if (current == 0 && onCreate != null) {
                onCreate.run(c);
            }
        } catch (Throwable failure) {
            Transactions.rollbackAfter(c, failure);
            throw failure;
        }
        Transactions.execute(c, "COMMIT");
    }

    static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int tableCount(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int readInt(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24) | ((b[offset + 1] & 0xff) << 16) | ((b[offset + 2] & 0xff) << 8)
                | (b[offset + 3] & 0xff);
    }

    private static Path walOf(Path path) {
        return path.resolveSibling(path.getFileName() + "-wal");
    }

    private static StoreException notSqlite(Path path) {
        return new StoreException(path + " is not a Borderwatch database (not an SQLite file); it was left unchanged.");
    }

    private static StoreException foreign(Path path, int applicationId) {
        return new StoreException(path + " is not a Borderwatch database (an SQLite file of another program, "
                + String.format("application id 0x%08x", applicationId) + "); it was left unchanged.");
    }

    private static StoreException newer(Path path, int version, int known) {
        return new StoreException(path + " was written by a newer Borderwatch (schema version " + version
                + "; this version knows up to " + known + "); it was left unchanged. Update Borderwatch to open it.");
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Closes {@code c} after {@code failure}; a second failure is attached to the first, not lost. */
    static void closeAfterFailure(Connection c, Exception failure) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Removes a database file this open created, so the next start creates it afresh. */
    private static void deleteCreated(Path path, Exception failure) {
        for (Path p : List.of(path, path.resolveSibling(path.getFileName() + "-wal"),
                path.resolveSibling(path.getFileName() + "-shm"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
