package org.borderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides, before SQLite applies it, whether the write-ahead log beside a store ({@code X-wal})
 * is the store's own. SQLite's log does not name its database: opening a store recovers whatever
 * log lies beside it, and a log of another store — or of this store in a later state, left when
 * a backup of the database file was restored over a crashed session — silently mixes the two.
 *
 * <p>Every write transaction of Borderwatch rewrites the store's {@link StoreIdentity} row, so
 * every commit in a log carries it. The check reads that row three times without changing a
 * byte of the store's files: from the database file alone ({@code immutable=1}, which ignores the
 * log), from the state after the log's first commit, and from the state after its last. The
 * latter two are recovered by SQLite itself, on a read-only connection in a scratch folder beside
 * the store that holds hard links to the store's files (a read-only connection reads the log and
 * writes only its own {@code -shm} file, in the scratch folder); where hard links cannot be made,
 * on copies in the temporary folder. The log is the store's own when:
 * <ul>
 *   <li>all three rows carry the same store id;</li>
 *   <li>the log starts where the file stands or before: the first commit's generation is at
 *       most one above the file's (a checkpoint may have copied some of the log's commits into
 *       the file already); when it is exactly one above, the first commit names the file's mark as
 *       the mark before it (the same history, not a copy that went its own way);</li>
 *   <li>the log ends where the file stands or after.</li>
 * </ul>
 * A file without the row (made before it existed) accepts a log without it, and a log whose first
 * commit is the one that added the row — or, in a file without any table yet, made the store. A
 * log with no valid commit changes nothing (SQLite ignores it) and passes.
 *
 * <p>Cost: no copy of the database; reading the log's frame headers up to its first commit, and
 * SQLite's own recovery of the log twice (it reads the log once each time).
 */
final class WalCheck {
    private static final int WAL_HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What the log would give.
     *
     * @param bringsCommits  whether the log holds commits the file does not have yet
     * @param userVersion    the schema version after recovery
     * @param applicationId  the application id after recovery
     * @param tables         the number of schema objects after recovery
     */
    record Verdict(boolean bringsCommits, int userVersion, int applicationId, int tables) {
    }

    /** What one state of the store says about itself. */
    private record State(Optional<StoreIdentity.Row> identity, int userVersion, int applicationId, int tables) {
    }

    private WalCheck() {
    }

    static Path walOf(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    /**
     * Checks the log beside {@code db} (which must exist and not be empty).
     *
     * @throws StoreException when the log is not the store's own, naming what to do; the store's
     *                        files are left exactly as they were
     */
    static Verdict verify(Path db) throws StoreException {
        Path abs = db.toAbsolutePath();
        Path wal = walOf(abs);
        Optional<State> alone = fileAlone(abs);
        int firstCommit;
        int pageSize;
        try {
            int[] scan = firstCommit(wal);
            pageSize = scan[0];
            firstCommit = scan[1];
        } catch (IOException e) {
            throw new StoreException("Cannot read " + wal + ": " + e.getMessage() + "; the store was left unchanged.", e);
        }
        if (firstCommit < 0) {
            // SQLite ignores a log without a valid commit (or with a header of another page size)
            State file = alone.orElseThrow(() -> new StoreException(abs + " is corrupt (it cannot be read, and its "
                    + "write-ahead log holds no transaction that could complete it); it was left unchanged."));
            return new Verdict(false, file.userVersion(), file.applicationId(), file.tables());
        }
        long firstEnd = WAL_HEADER + (long) (firstCommit + 1) * (FRAME_HEADER + pageSize);
        State first;
        State last;
        try (Scratch s = Scratch.beside(abs)) {
            first = s.recovered(abs, wal, firstEnd);
            last = s.recovered(abs, wal, -1);
        } catch (IOException e) {
            throw new StoreException("Cannot check the write-ahead log " + wal + " against " + abs + ": "
                    + e.getMessage() + "; the store was left unchanged.", e);
        } catch (SQLException e) {
            throw notItsOwn(abs, wal, "reading them together fails (" + StoreOpener.firstLine(String.valueOf(e.getMessage()))
                    + "), so the log was written for another database file");
        }
        if (alone.isEmpty()) {
            // a checkpoint was cut short (a crash, a full disk): the file needs its log; the log must be one store's
            if (!first.identity().map(StoreIdentity.Row::id).equals(last.identity().map(StoreIdentity.Row::id))) {
                throw notItsOwn(abs, wal, "the database file cannot be read alone and the log's first and last "
                        + "transactions name different stores");
            }
            return new Verdict(true, last.userVersion(), last.applicationId(), last.tables());
        }
        State file = alone.get();
        judge(abs, wal, file, first, last);
        boolean brings = file.identity().isEmpty() || !file.identity().equals(last.identity())
                || file.userVersion() != last.userVersion();
        return new Verdict(brings, last.userVersion(), last.applicationId(), last.tables());
    }

    private static void judge(Path db, Path wal, State file, State first, State last) throws StoreException {
        if (file.identity().isEmpty()) {
            if (last.identity().isEmpty()) {
                return; // a store and a log from before identities: nothing to compare
            }
            StoreIdentity.Row begun = first.identity().orElse(null);
            if (begun != null && begun.generation() == 1 && begun.id().equals(last.identity().get().id())
                    && (StoreIdentity.ADDED.equals(begun.origin()) || file.tables() == 0)) {
                // the log begins with the transaction that gave this store its identity: the one that
                // upgraded it, or the one that made it in this (still empty) file
                return;
            }
            throw notItsOwn(db, wal, "the log belongs to another Borderwatch store (store "
                    + last.identity().get().id() + "), while this database file has no store id yet");
        }
        StoreIdentity.Row f = file.identity().get();
        StoreIdentity.Row a = first.identity().orElse(null);
        StoreIdentity.Row z = last.identity().orElse(null);
        if (a == null || z == null || !f.id().equals(a.id()) || !f.id().equals(z.id())) {
            StoreIdentity.Row other = z != null ? z : a;
            throw notItsOwn(db, wal, "the log belongs to another Borderwatch store (store "
                    + (other == null ? "without an id" : other.id()) + "; this database file is store " + f.id() + ")");
        }
        if (a.generation() > f.generation() + 1) {
            throw laterState(db, wal, "the log continues a later state of this store (its first transaction is number "
                    + a.generation() + ", the database file stands at " + f.generation()
                    + "): the file was probably restored from a backup while the log of a later session stayed beside it");
        }
        boolean sameHistory = a.generation() == f.generation() + 1 ? a.previous() == f.mark()
                : (a.generation() != f.generation() || a.mark() == f.mark())
                        && (z.generation() != f.generation() || z.mark() == f.mark());
        if (z.generation() >= f.generation() && !sameHistory) {
            throw laterState(db, wal, "the log continues another copy of this store (a copy that was changed on its "
                    + "own after it was made: the log and the file differ at transaction " + Math.max(f.generation(),
                    a.generation() - 1) + ")");
        }
        if (z.generation() < f.generation()) {
            throw laterState(db, wal, "the log is older than the database file (it ends at transaction " + z.generation()
                    + ", the file stands at " + f.generation() + ")");
        }
    }

    private static StoreException notItsOwn(Path db, Path wal, String why) {
        return new StoreException(db + " has a write-ahead log " + wal.getFileName() + " that is not its own: " + why
                + ". The store was left exactly as it was; nothing was applied. If " + db.getFileName()
                + " is the store you want, move " + wal.getFileName() + " (and " + db.getFileName()
                + "-shm) to another folder and open it again; if the log holds work you need, put it back beside "
                + "the database file it came from.");
    }

    private static StoreException laterState(Path db, Path wal, String why) {
        return new StoreException(db + " has a write-ahead log " + wal.getFileName() + " that does not continue it: "
                + why + ". The store was left exactly as it was; nothing was applied. To open the database file as it "
                + "is, move " + wal.getFileName() + " (and " + db.getFileName() + "-shm) to another folder; to keep "
                + "the log's work, put back the database file it was written for.");
    }

    /**
     * The database file alone: {@code immutable=1} reads it without the log and writes nothing.
     * Empty when it cannot be read alone — as after a checkpoint that was cut short, whose pages
     * the log still holds whole.
     */
    private static Optional<State> fileAlone(Path db) throws StoreException {
        try (Connection c = StoreOpener.connectImmutable(db)) {
            return Optional.of(state(c));
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
                return Optional.empty();
            }
            throw new StoreException(db + " cannot be read (" + StoreOpener.firstLine(m) + "); it was left unchanged.", e);
        }
    }

    private static State state(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            int tables;
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
            return new State(StoreIdentity.read(c), StoreOpener.intPragma(st, "user_version"),
                    StoreOpener.intPragma(st, "application_id"), tables);
        }
    }

    /**
     * The log's page size and the index of its first valid commit frame (salts as in the header),
     * or −1 when it has none or its header is not a log's.
     */
    private static int[] firstCommit(Path wal) throws IOException {
        try (FileChannel ch = FileChannel.open(wal, StandardOpenOption.READ)) {
            ByteBuffer h = ByteBuffer.allocate(WAL_HEADER).order(ByteOrder.BIG_ENDIAN);
            if (read(ch, h, 0) < WAL_HEADER) {
                return new int[] {0, -1};
            }
            int magic = h.getInt(0);
            int pageSize = h.getInt(8);
            if (magic != 0x377f0682 && magic != 0x377f0683 || pageSize < 512 || pageSize > 65536
                    || Integer.bitCount(pageSize) != 1 && pageSize != 1) {
                return new int[] {0, -1};
            }
            int salt1 = h.getInt(16);
            int salt2 = h.getInt(20);
            long size = ch.size();
            ByteBuffer f = ByteBuffer.allocate(FRAME_HEADER).order(ByteOrder.BIG_ENDIAN);
            for (int i = 0; ; i++) {
                long at = WAL_HEADER + (long) i * (FRAME_HEADER + pageSize);
                if (at + FRAME_HEADER + pageSize > size || read(ch, f.clear(), at) < FRAME_HEADER) {
                    return new int[] {pageSize, -1};
                }
                if (f.getInt(8) != salt1 || f.getInt(12) != salt2) {
                    return new int[] {pageSize, -1};
                }
                if (f.getInt(4) != 0) {
                    return new int[] {pageSize, i};
                }
            }
        }
    }

    private static int read(FileChannel ch, ByteBuffer b, long at) throws IOException {
        int n = 0;
        while (b.hasRemaining()) {
            int r = ch.read(b, at + n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    /**
     * A copy of the store and its whole log in a new folder of the temporary folder, to be read
     * (read-only) as the recovered store without touching the store's own files; returns the
     * copy's database file. The caller removes the folder.
     */
    static Path view(Path db) throws IOException {
        Path dir = Files.createTempDirectory("borderwatch-view");
        Path s = dir.resolve("s.db");
        try {
            Files.copy(db, s);
            Files.copy(walOf(db), dir.resolve("s.db-wal"));
            return s;
        } catch (IOException e) {
            Scratch.deleteTree(dir);
            throw e;
        }
    }

    /** A folder where a copy of the store's state is recovered by SQLite; removed when closed. */
    private static final class Scratch implements AutoCloseable {
        private final Path dir;
        private final boolean links;

        private Scratch(Path dir, boolean links) {
            this.dir = dir;
            this.links = links;
        }

        /**
         * Beside the store (hard links need the same file system) when its disk has room for a
         * copy of the log's start and SQLite's index, else in the temporary folder.
         */
        static Scratch beside(Path db) throws IOException {
            Path near = db.resolveSibling("." + db.getFileName() + ".walcheck-" + Long.toHexString(RANDOM.nextLong()));
            long need = Files.size(walOf(db)) + (4L << 20);
            try {
                if (Files.getFileStore(db).getUsableSpace() < need) {
                    throw new IOException("not enough room beside the store");
                }
                Files.createDirectory(near);
                Path probe = near.resolve("s.db");
                Files.createLink(probe, db);
                Files.delete(probe);
                return new Scratch(near, true);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                deleteTree(near);
                return new Scratch(Files.createTempDirectory("borderwatch-walcheck"), false);
            }
        }

        /** The state of the store's file with the log's first {@code walBytes} bytes (all when negative). */
        State recovered(Path db, Path wal, long walBytes) throws IOException, SQLException {
            Path s = dir.resolve("s.db");
            Path sWal = dir.resolve("s.db-wal");
            for (Path p : new Path[] {s, sWal, dir.resolve("s.db-shm")}) {
                Files.deleteIfExists(p);
            }
            if (links) {
                Files.createLink(s, db);
            } else {
                Files.copy(db, s);
            }
            if (walBytes < 0 && links) {
                Files.createLink(sWal, wal);
            } else {
                copyPrefix(wal, sWal, walBytes);
            }
            try (Connection c = StoreOpener.connect(s, true)) {
                return state(c);
            }
        }

        private static void copyPrefix(Path from, Path to, long bytes) throws IOException {
            try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
                if (bytes < 0) {
                    in.transferTo(out);
                    return;
                }
                byte[] buf = new byte[1 << 16];
                long left = bytes;
                while (left > 0) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n < 0) {
                        break;
                    }
                    out.write(buf, 0, n);
                    left -= n;
                }
            }
        }

        @Override
        public void close() {
            deleteTree(dir);
        }

        private static void deleteTree(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // a scratch file left in the temporary folder; the system clears it
                    }
                });
            } catch (IOException ignored) {
                // as above
            }
        }
    }
}
