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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.files.FileProblems;
import org.borderwatch.files.InputFile;
import org.sqlite.SQLiteConfig;

/**
 * Opens a database file for the {@link SqliteStore}: refuses what is not ours without changing a
 * byte, checks a write-ahead log left beside it before SQLite may apply it, then opens it for
 * reading or for writing as asked ({@link OpenOptions}).
 *
 * <p>Order of checks, cheapest and least intrusive first, none of them writing anything:
 * <ol>
 *   <li>the path: a folder, a named pipe or a device is refused by name; a missing or empty file
 *       is made into a store only when the opening asks for one, and a missing folder only for the
 *       user's data folder;</li>
 *   <li>the 100-byte SQLite file header as plain bytes (magic, {@code user_version} at offset 60,
 *       {@code application_id} at offset 68);</li>
 *   <li>a log ({@code X-wal}) that no process holds is checked by {@link WalCheck} against the
 *       file: another store's log, or one written on top of another state of this store, is
 *       refused with the files left as they were. The pair as it was is copied aside before SQLite
 *       recovers it, and removed once the store opens clean;</li>
 *   <li>a connection that writes nothing — {@code immutable=1} when no other process has the store
 *       open (no lock, no {@code -shm}), a read-only one otherwise — confirms the header, counts
 *       the tables of an unmarked file and, before a store is opened for writing, runs
 *       {@code PRAGMA quick_check} (every page and b-tree read and checked) — unless
 *       {@link CheckedStores} lists the file as a process of this user left it after its check
 *       passed, unchanged since.</li>
 * </ol>
 * Only then is the file opened. For writing, schema steps and the store's identity row
 * ({@link StoreIdentity}) are written in one transaction, and only when something is missing:
 * an up-to-date store opens without taking the write lock. For reading, the connection may not
 * write ({@code query_only}) and waits at most {@link #READ_BUSY_MS} for a lock; when it is the
 * last to close, SQLite removes the {@code -wal} and {@code -shm} files it made.
 */
final class StoreOpener {
    /** {@code PRAGMA application_id} of a Borderwatch database: "BWCH" in ASCII. */
    static final int APPLICATION_ID = 0x42574348;
    /** How long a reader waits for a lock (only a log being recovered by another process holds it up). */
    static final int READ_BUSY_MS = 1000;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Stores this process has open, by real path: their logs are ours and checked already. */
    private static final Map<Path, Integer> OPEN_HERE = new HashMap<>();

    /**
     * Connections whose opening created their store, until {@link #takeCreated} or {@link #closed}:
     * no other connection can have had such a store open before it.
     */
    private static final java.util.Set<Connection> CREATED =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

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

    /** What the checks found. */
    private record Found(int userVersion, int applicationId, int tables) {
    }

    /**
     * Opens {@code path} for reading and writing, creating it (and its folder) when missing, and
     * applies the pending {@code steps} in one transaction; when the database is new,
     * {@code onCreate} (may be null) runs in that same transaction. A file this call created is
     * removed again if it fails.
     */
    static Connection open(Path path, List<Migration> steps, CreationWork onCreate) throws StoreException {
        return open(path, steps, onCreate, OpenOptions.ANYWHERE);
    }

    /** Opens {@code path} as {@code options} ask (see the class comment). */
    static Connection open(Path path, List<Migration> steps, CreationWork onCreate, OpenOptions options)
            throws StoreException {
        Migrations.checkNumbering(steps);
        Path abs = path.toAbsolutePath();
        boolean existed = checkPath(abs, options);
        boolean fresh = !existed || size(abs) == 0;
        if (fresh) {
            Connection c = create(abs, steps, onCreate, existed);
            if (!options.readOnly()) {
                synchronized (CREATED) {
                    CREATED.add(c);
                }
                IntegrityCheck.knownSound(key(abs), false);
                return registered(abs, c, options);
            }
            closeQuietly(c);
        }
        checkHeader(abs, steps.size());
        boolean live = openHere(abs) || !StoreLocks.others(abs).isEmpty();
        if (!live) {
            undoCutOffImport(abs);
        }
        WalCheck.Verdict log = null;
        if (!live && size(WalCheck.walOf(abs)) > 0) {
            log = WalCheck.verify(abs);
            checkVersions(abs, log.applicationId(), log.userVersion(), 1, steps.size());
        }
        Path key = key(abs);
        boolean checkedHere = !options.readOnly() && checkedHere(abs, key);
        // the very file a process of this user closed after its check passed: not read again
        boolean listed = !options.readOnly() && !checkedHere && !live && log == null
                && CheckedStores.user().leftSound(key);
        if (!options.readOnly() && !checkedHere && !listed) {
            // listed as another state of the file (or while others had it open): of no more use,
            // and gone before a check of this state may find it corrupt
            CheckedStores.user().forget(key);
        }
        boolean beside = !options.readOnly() && !checkedHere && !listed && options.checkBeside() && log == null;
        boolean deep = !options.readOnly() && !checkedHere && !listed && !beside;
        Found found = inspect(abs, steps.size(), live, log, deep);
        if (found.applicationId() == 0 && found.tables() == 0 && !options.create()) {
            throw new StoreNotFoundException(abs, StoreNotFoundException.Found.EMPTY_DATABASE);
        }
        boolean recover = log != null && log.bringsCommits();
        if (!options.readOnly()) {
            boolean checkedNow = deep && log == null;
            if (beside && found.userVersion() < steps.size()) {
                // a schema step writes at opening: check first, as without the option
                String problem = IntegrityCheck.run(abs);
                if (problem != null) {
                    throw new StoreException(problem);
                }
                beside = false;
                checkedNow = true;
            }
            Path aside = recover ? keepAside(abs, options) : null;
            Connection c = openForWriting(abs, steps, onCreate, aside);
            if (beside) {
                IntegrityCheck.start(abs, key, options);
            } else if (listed || checkedNow || aside != null) {
                // checked at this opening (after recovering its log, when it had one), or listed
                IntegrityCheck.knownSound(key, listed);
            }
            return registered(abs, c, options);
        }
        boolean upgrade = found.userVersion() < steps.size();
        if (recover && !upgrade && (!writable(abs) || !roomToKeepAside(abs))) {
            // the store cannot be recovered here (a read-only folder, a full disk): read a recovered copy
            return registered(abs, openView(abs), options);
        }
        Path aside = recover ? keepAside(abs, options) : null;
        if (aside != null || upgrade) {
            // recovered, upgraded or indexed once by a writer, as any opening would; then read
            if (!writable(abs)) {
                throw new StoreException(abs + (upgrade
                        ? " was made by an older Borderwatch (schema " + found.userVersion() + ") and needs upgrading once"
                        : " has changes in its write-ahead log not yet written into it")
                        + ", but " + FileProblems.readOnly(abs) + ". Open it once where it may be written, or copy it "
                        + "(with its -wal file) to a folder you can write.");
            }
            closeQuietly(openForWriting(abs, steps, onCreate, aside));
        }
        return registered(abs, openForReading(abs, live), options);
    }

    /** A connection to the file; {@code readOnly} opens it so (a missing file is then an error). */
    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SqliteLibrary.load();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(readOnly ? READ_BUSY_MS : (int) Transactions.BUSY_WAIT.toMillis());
        return DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
    }

    /**
     * A connection that reads the database file as it is on disk, ignoring any log beside it, and
     * that takes no lock and creates no {@code -wal} or {@code -shm} file ({@code immutable=1}).
     */
    static Connection connectImmutable(Path path) throws SQLException {
        SqliteLibrary.load();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1",
                config.toProperties());
    }

    /** Checks what lies at {@code abs}; returns whether a file is there. */
    private static boolean checkPath(Path abs, OpenOptions o) throws StoreException {
        if (Files.exists(abs)) {
            var kind = InputFile.kind(abs);
            if (kind.isPresent()) {
                throw new StoreException(abs + " is " + kind.get() + ", not a store file; it was not opened."
                        + (kind.get().equals("a folder") ? " Give the database file itself, e.g. "
                        + abs.resolve(StoreLocation.FILE_NAME) + "." : ""));
            }
            if (!Files.isReadable(abs)) {
                throw new StoreException("Cannot read " + abs + ": permission denied (the file may not be read by this user).");
            }
            if (size(abs) == 0 && !o.create()) {
                throw new StoreNotFoundException(abs, StoreNotFoundException.Found.EMPTY_FILE);
            }
            return true;
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            if (!o.createFolder()) {
                throw new StoreException("There is no store at " + abs + ": the folder " + dir
                        + " does not exist (check the path); nothing was created.");
            }
            if (!o.create()) {
                throw new StoreNotFoundException(abs, StoreNotFoundException.Found.NOTHING);
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException(FileProblems.writing(dir, e, -1), e);
            }
        }
        if (!o.create()) {
            throw new StoreNotFoundException(abs, StoreNotFoundException.Found.NOTHING);
        }
        return false;
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Makes a new store at {@code abs} in one transaction; removes (or empties) the file again if that fails. */
    private static Connection create(Path abs, List<Migration> steps, CreationWork onCreate, boolean existed)
            throws StoreException {
        Connection c = null;
        try {
            c = connect(abs, false);
            SearchFunctions.register(c);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA page_size = " + PAGE_SIZE);
                settings(st);
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                    rs.next();
                }
            }
            upgrade(c, abs, steps, onCreate, true);
            try (Statement st = c.createStatement()) {
                // the new store's file holds its schema and identity from the start, not only its log
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            vocabulary(c);
            return c;
        } catch (SQLException | StoreException | RuntimeException e) {
            closeAfterFailure(c, e);
            undoCreation(abs, existed, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Cannot create the store " + abs + ": "
                    + (e instanceof SQLException sql ? StoreProblems.describe(abs, sql) : String.valueOf(e.getMessage())), e);
        }
    }

    private static Connection openForWriting(Path abs, List<Migration> steps, CreationWork onCreate, Path aside)
            throws StoreException {
        Connection c = null;
        try {
            c = connect(abs, false);
            SearchFunctions.register(c);
            try (Statement st = c.createStatement()) {
                settings(st);
                if (aside != null) {
                    String check = IntegrityCheck.quickCheck(st);
                    if (!"ok".equalsIgnoreCase(check)) {
                        throw new StoreException(abs + " is corrupt after recovering its write-ahead log (integrity check: "
                                + check + "). The store and its log as they were before are kept in " + aside + ".");
                    }
                }
                String mode;
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    mode = rs.next() ? rs.getString(1) : "";
                }
                if (!"wal".equalsIgnoreCase(mode)) {
                    try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                        rs.next();
                    }
                }
            }
            upgrade(c, abs, steps, onCreate, false);
            vocabulary(c);
            if (aside != null) {
                deleteTree(aside);
            }
            return c;
        } catch (SQLException | StoreException | RuntimeException e) {
            closeAfterFailure(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Cannot open " + abs + ": "
                    + (e instanceof SQLException sql ? StoreProblems.describe(abs, sql) : String.valueOf(e.getMessage()))
                    + (aside == null ? "" : ". The store and its log as they were before are kept in " + aside), e);
        }
    }

    /**
     * A connection that reads: one that may write nothing ({@code query_only}) where the file and
     * folder may be written, so that SQLite removes the {@code -wal} and {@code -shm} files it
     * makes when it closes last; elsewhere a read-only one when another process has the store open,
     * or one that reads the file as it is ({@code immutable=1}) when none has.
     */
    private static Connection openForReading(Path abs, boolean live) throws StoreException {
        Connection c = null;
        try {
            c = writable(abs) ? connect(abs, false) : live ? connect(abs, true) : connectImmutable(abs);
            SearchFunctions.register(c);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + READ_BUSY_MS);
                // a command reads each page about once: a small cache keeps it from holding the pages
                settings(st, READING_CACHE_KIB);
            }
            vocabulary(c);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(c, e);
            throw new StoreException("Cannot open " + abs + " for reading: "
                    + (e instanceof SQLException sql ? StoreProblems.describe(abs, sql) : String.valueOf(e.getMessage())), e);
        }
    }

    /** Copies of stores read as recovered copies, by connection; removed when the connection is closed. */
    private static final Map<Connection, Path> VIEWS = new java.util.IdentityHashMap<>();

    /**
     * A read-only connection to a recovered copy of the store and its log in the temporary
     * folder: the store's own files are not touched. Used where the store cannot be recovered in
     * place; the copy is removed when the store is closed.
     */
    private static Connection openView(Path abs) throws StoreException {
        Path view;
        try {
            view = WalCheck.view(abs);
        } catch (IOException e) {
            throw new StoreException(abs + " has changes in its write-ahead log not yet written into it; it cannot be "
                    + "recovered where it is (" + FileProblems.readOnly(abs) + " or its disk is full), and a copy to read "
                    + "could not be made: " + e.getMessage() + ". Nothing was changed.", e);
        }
        Connection c = null;
        try {
            c = connect(view, true);
            SearchFunctions.register(c);
            try (Statement st = c.createStatement()) {
                settings(st);
            }
            vocabulary(c);
            synchronized (VIEWS) {
                VIEWS.put(c, view.getParent());
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(c, e);
            deleteTree(view.getParent());
            throw new StoreException("Cannot read " + abs + " from a recovered copy: "
                    + (e instanceof SQLException sql ? StoreProblems.describe(abs, sql) : String.valueOf(e.getMessage())), e);
        }
    }

    /** Whether {@code c} reads a recovered copy rather than the store itself (it cannot index or write). */
    static boolean isView(Connection c) {
        synchronized (VIEWS) {
            return VIEWS.containsKey(c);
        }
    }

    private static boolean roomToKeepAside(Path abs) {
        try {
            long need = size(abs) + size(WalCheck.walOf(abs)) + (8L << 20);
            return Files.getFileStore(abs).getUsableSpace() >= need;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The page cache of a connection that only reads (the commands'): enough for the index pages
     * a windowed read walks again and again, not for the rows it reads once.
     */
    static final int READING_CACHE_KIB = 8192;

    /** The page cache of the window's and the writers' connections: a 100,000-event store is ~60 MB. */
    private static final int CACHE_KIB = 65536;

    private static void settings(Statement st) throws SQLException {
        settings(st, CACHE_KIB);
    }

    /** Foreign keys on; hot pages (at most {@code cacheKib}) and sort space in memory. */
    private static void settings(Statement st, int cacheKib) throws SQLException {
        st.execute("PRAGMA foreign_keys = ON");
        st.execute("PRAGMA cache_size = -" + cacheKib);
        st.execute("PRAGMA temp_store = MEMORY");
    }

    private static void vocabulary(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(EventSearch.VOCABULARY);
        }
    }

    /**
     * Undoes what an import cut off in the middle wrote into the file, when it wrote without the
     * log ({@link BulkSession}, a new store's first import) and its rollback journal is still
     * beside the file: SQLite puts the journal's pages back as soon as a connection that may write
     * reads the file. Done before anything else reads the file, since the checks below read it as
     * it lies on disk.
     */
    private static void undoCutOffImport(Path abs) throws StoreException {
        if (size(Path.of(abs + "-journal")) == 0) {
            return;
        }
        if (!writable(abs)) {
            throw new StoreException(abs + " holds part of an import that was cut off (its journal " + abs.getFileName()
                    + "-journal is beside it), but " + FileProblems.readOnly(abs) + ". Open it once where it may be "
                    + "written, so that the import is undone; nothing was changed.");
        }
        try (Connection c = connect(abs, false); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rs.next();
        } catch (SQLException e) {
            throw new StoreException(abs + " holds part of an import that was cut off, which could not be undone: "
                    + StoreProblems.describe(abs, e) + "; it was left unchanged.", e);
        }
    }

    private static boolean writable(Path abs) {
        Path dir = abs.getParent();
        return Files.isWritable(abs) && (dir == null || Files.isWritable(dir));
    }

    private static Connection registered(Path abs, Connection c, OpenOptions o) {
        Path key = key(abs);
        synchronized (OPEN_HERE) {
            OPEN_HERE.merge(key, 1, Integer::sum);
        }
        Transactions.waitPolicy(c, abs, key, o);
        return c;
    }

    /**
     * Whether opening {@code c} created its store (a call after the first answers false): then no
     * other connection, in this process or another, can have had the store open before it.
     */
    static boolean takeCreated(Connection c) {
        synchronized (CREATED) {
            return CREATED.remove(c);
        }
    }

    /**
     * Whether the file is open in this process with its integrity check done or under way (then
     * this opening need not check it again: its writes wait for that check).
     *
     * @throws StoreException with the check's finding, when that check is done and failed
     */
    private static boolean checkedHere(Path abs, Path key) throws StoreException {
        if (!openHere(abs) || !IntegrityCheck.coveredHere(key)) {
            return false;
        }
        String problem = IntegrityCheck.findingIfDone(key);
        if (problem != null) {
            throw new StoreException(problem);
        }
        return true;
    }

    /** Tells the opener that {@code c}, a connection it opened on {@code path}, is closed. */
    static void closed(Path path, Connection c) {
        takeCreated(c);
        Path key = key(path.toAbsolutePath());
        boolean leftSound = false;
        synchronized (OPEN_HERE) {
            if (OPEN_HERE.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1) == null) {
                leftSound = IntegrityCheck.soundHere(key) && closedCleanly(c);
                IntegrityCheck.forget(key);
            }
        }
        if (leftSound) {
            // its last connection here is closed: listed, unless another opened it meanwhile
            CheckedStores.user().record(key, () -> !openHere(key) && StoreLocks.others(key).isEmpty());
        }
        Path view;
        synchronized (VIEWS) {
            view = VIEWS.remove(c);
        }
        if (view != null) {
            deleteTree(view);
        }
    }

    private static boolean closedCleanly(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean openHere(Path abs) {
        synchronized (OPEN_HERE) {
            return OPEN_HERE.containsKey(key(abs));
        }
    }

    /** The file's real path: how this process knows a file it has open. */
    static Path key(Path abs) {
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs.normalize();
        }
    }

    private static void checkHeader(Path path, int known) throws StoreException {
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException(FileProblems.reading(path, e) + "; it was left unchanged.", e);
        }
        if (n < header.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw notSqlite(path);
        }
        if (size(WalCheck.walOf(path)) > 0) {
            return; // the header may be stale; the log's check and the connection decide
        }
        checkVersions(path, readInt(header, 68), readInt(header, 60), -1, known);
    }

    /** Refuses another program's file ({@code tables} > 0 or unknown: −1) and a newer schema. */
    private static void checkVersions(Path path, int applicationId, int userVersion, int tables, int known)
            throws StoreException {
        if (applicationId != 0 && applicationId != APPLICATION_ID) {
            throw foreign(path, applicationId);
        }
        if (applicationId == APPLICATION_ID && userVersion > known) {
            throw newer(path, userVersion, known);
        }
        if (applicationId == 0 && userVersion != 0 && tables != 0) {
            throw foreign(path, applicationId);
        }
    }

    /**
     * Reads what the checks need without writing anything: the database file alone
     * ({@code immutable=1}) when no other process has it open, else through a read-only
     * connection. {@code deep}: also run {@code quick_check} (skipped while a log waits to be
     * applied: the file alone may be mid-checkpoint).
     */
    private static Found inspect(Path path, int known, boolean live, WalCheck.Verdict log, boolean deep)
            throws StoreException {
        if (log != null) {
            // the file alone may stand mid-checkpoint: what counts is the state the log gives
            if (log.applicationId() != APPLICATION_ID && (log.applicationId() != 0 || log.tables() > 0)) {
                throw foreign(path, log.applicationId());
            }
            return new Found(log.userVersion(), log.applicationId(), log.tables());
        }
        try (Connection c = live ? connect(path, true) : connectImmutable(path); Statement st = c.createStatement()) {
            int applicationId = log != null ? log.applicationId() : intPragma(st, "application_id");
            int userVersion = log != null ? log.userVersion() : intPragma(st, "user_version");
            int tables = tableCount(st);
            if (applicationId != APPLICATION_ID) {
                if (applicationId != 0 || tables > 0 || userVersion != 0) {
                    throw foreign(path, applicationId);
                }
            } else if (userVersion > known) {
                throw newer(path, userVersion, known);
            }
            if (deep && log == null) {
                String first = IntegrityCheck.quickCheck(st);
                if (!"ok".equalsIgnoreCase(first)) {
                    throw new StoreException(IntegrityCheck.corrupt(path, first));
                }
            }
            return new Found(userVersion, applicationId, tables);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
                throw notSqlite(path);
            }
            throw new StoreException(path + " cannot be read: " + StoreProblems.describe(path, e)
                    + "; it was left unchanged.", e);
        }
    }

    /**
     * Writes what the store lacks — schema steps, the application id, its identity row — in one
     * transaction, and only when something is missing: an up-to-date store takes no write lock.
     */
    private static void upgrade(Connection c, Path path, List<Migration> steps, CreationWork onCreate, boolean fresh)
            throws SQLException, StoreException {
        try (Statement st = c.createStatement()) {
            if (!fresh && intPragma(st, "application_id") == APPLICATION_ID
                    && intPragma(st, "user_version") == steps.size() && StoreIdentity.present(c)) {
                return;
            }
        }
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
            if (!StoreIdentity.present(c)) {
                StoreIdentity.create(c, current == 0);
            }
            StoreIdentity.count(c);
            if (current == 0 && onCreate != null) {
                onCreate.run(c);
            }
        } catch (Throwable failure) {
            Transactions.rollbackAfter(c, failure);
            throw failure;
        }
        Transactions.execute(c, "COMMIT");
    }

    /**
     * Copies the store and its log, as they are before SQLite recovers the log, into a folder
     * beside the store ({@code .NAME.before-recovery-<time>}), kept until the store opens clean.
     */
    private static Path keepAside(Path abs, OpenOptions o) throws StoreException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path dir = abs.resolveSibling("." + abs.getFileName() + ".before-recovery-" + stamp);
        Path wal = WalCheck.walOf(abs);
        try {
            Files.createDirectories(dir);
            Files.copy(abs, dir.resolve(abs.getFileName()));
            Files.copy(wal, dir.resolve(wal.getFileName()));
        } catch (IOException e) {
            deleteTree(dir);
            throw new StoreException(abs + " has changes in its write-ahead log that are not yet written into it, and "
                    + "the store is kept as it is until they can be copied aside first, which failed: "
                    + FileProblems.writing(dir, e, size(abs) + size(wal)) + ". Nothing was changed.", e);
        }
        o.notice("Recovering " + abs.getFileName() + " from its write-ahead log (the last session ended without "
                + "closing it); a copy as it was is kept in " + dir + " until it opens clean.");
        return dir;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a copy that cannot be removed stays; it is named in the notice
        }
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

    private static void closeQuietly(Connection c) throws StoreException {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close the store: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Undoes a failed creation: removes the file it created, or empties again the empty file it
     * was given, with the {@code -wal} and {@code -shm} files.
     */
    private static void undoCreation(Path path, boolean existed, Exception failure) {
        try {
            if (existed) {
                Files.write(path, new byte[0]);
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        for (Path p : List.of(path.resolveSibling(path.getFileName() + "-wal"), path.resolveSibling(path.getFileName() + "-shm"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
