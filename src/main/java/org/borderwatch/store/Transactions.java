package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

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

    /** How the writes of a store's connection wait: for its integrity check, for another process's write lock. */
    private record Waiting(Path path, Path key, OpenOptions options) {
    }

    /** How long a statement of a writing connection waits for a lock between transactions (as {@link StoreOpener#connect}). */
    static final Duration BUSY_WAIT = Duration.ofMillis(5000);

    private static final Map<Connection, Waiting> WAITING = Collections.synchronizedMap(new WeakHashMap<>());

    private Transactions() {
    }

    /**
     * Makes the writes on {@code c} (a store at {@code path}) wait for another process's write
     * lock as {@code options} say: quietly for {@link OpenOptions#QUIET_WAIT}, then telling the
     * user which process holds it, up to {@link OpenOptions#writeWait()} in all. Before that, a
     * write waits for the file's integrity check if one runs beside the opening ({@link IntegrityCheck};
     * {@code key} is the file's real path), and is refused if the check failed.
     */
    static void waitPolicy(Connection c, Path path, Path key, OpenOptions options) {
        WAITING.put(c, new Waiting(path, key, options));
    }

    /**
     * Runs {@code work} in a write transaction that first counts itself in the store's
     * {@link StoreIdentity} row, so that every commit in the log carries the store's id.
     */
    static <T, E extends Exception> T write(Connection c, Work<T, E> work) throws SQLException, E {
        return run(c, "BEGIN IMMEDIATE", w -> {
            StoreIdentity.count(w);
            return work.run(w);
        });
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
        Waiting waiting = begin.startsWith("BEGIN IMMEDIATE") ? WAITING.get(c) : null;
        try {
            if (waiting == null) {
                execute(c, begin);
            } else {
                beginWriting(c, waiting);
            }
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("within a transaction")) {
                throw new IllegalStateException("a store transaction cannot start inside another one", e);
            }
            throw e;
        }
    }

    /** Takes the write lock, waiting for another process as the store's options say. */
    private static void beginWriting(Connection c, Waiting w) throws SQLException {
        IntegrityCheck.beforeWriting(w.key());
        Duration total = w.options().writeWait();
        Duration quiet = total.compareTo(OpenOptions.QUIET_WAIT) < 0 ? total : OpenOptions.QUIET_WAIT;
        try {
            busyTimeout(c, quiet);
            try {
                execute(c, "BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                if (!StoreProblems.isBusy(e) || total.compareTo(quiet) <= 0) {
                    throw e;
                }
            }
            Duration rest = total.minus(quiet);
            w.options().notice(w.path() + " is being written by another process"
                    + StoreProblems.holder(w.path()).map(h -> " (" + h + ")").orElse("")
                    + "; waiting up to " + words(rest) + " for it to finish…");
            busyTimeout(c, rest);
            execute(c, "BEGIN IMMEDIATE");
        } finally {
            busyTimeout(c, BUSY_WAIT);
        }
    }

    static void busyTimeout(Connection c, Duration d) throws SQLException {
        execute(c, "PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, Math.max(0, d.toMillis())));
    }

    /** "10 s", "30 min" (whole minutes from 90 s on). */
    static String words(Duration d) {
        long s = d.toSeconds();
        return s >= 90 ? Math.round(s / 60.0) + " min" : s + " s";
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
