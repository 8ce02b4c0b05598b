package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a {@link Store} does in the background after a bulk import has committed (and after
 * opening a store that a crash left with such work undone), on one thread of its own:
 * <ol>
 *   <li>indexes the search text the import left pending ({@link SearchBacklog}), a step at a
 *       time, each step holding the store's lock for a short transaction on its connection;</li>
 *   <li>merges the segments that indexing left unmerged ({@link SearchMerge}), a step at a time
 *       in the same way, once nothing is pending;</li>
 *   <li>copies the write-ahead log into the database file with a connection of its own
 *       ({@code PRAGMA wal_checkpoint(PASSIVE)}: it never blocks the store's reads and writes,
 *       nor they it). The import is durable before this starts; should the checkpoint fail or the
 *       process end first, the log keeps the data and the next checkpoint copies it.</li>
 * </ol>
 * A search calls {@link #catchUp} first, which finishes the indexing at once, so it never misses
 * an event. {@link #close} lets the current step finish and stops; pending text stays in the
 * database for the next opening.
 *
 * <p><b>Threads.</b> {@link #afterCommit} and {@link #catchUp} are called holding the store's lock
 * ({@code lock}); {@link #close} and {@link #searchBehind} without it.
 */
final class StoreUpkeep {
    private final Object lock;
    private final Connection connection;
    private final Path path;
    /** Written holding {@code lock}; read without it by {@link #searchBehind}. */
    private volatile boolean searchBehind;
    /** Guarded by {@code lock}. */
    private boolean checkpointWanted;
    /** Whether the search index may have segments to merge; guarded by {@code lock}. */
    private boolean mergeWanted;
    /** Whether the thread is to checkpoint now; its own. */
    private boolean checkpoint;
    /** How long the thread lets go of the store's lock after each step, ms. */
    static final long STEP_PAUSE_MS = 5;
    private boolean closing;
    private Thread thread;
    /** A store opened for reading: no background work; pending text is indexed by a writer. */
    private final boolean readOnly;

    StoreUpkeep(Object lock, Connection connection, Path path, boolean readOnly) {
        this.lock = lock;
        this.connection = connection;
        this.path = path;
        this.readOnly = readOnly;
    }

    /**
     * Notes work after a commit (or an opening): indexing, when search text is pending, and a
     * checkpoint when {@code checkpoint}; starts the thread when there is work and none runs.
     */
    void afterCommit(boolean checkpoint) throws SQLException {
        searchBehind |= SearchBacklog.any(connection);
        checkpointWanted |= checkpoint;
        startIfWanted();
    }

    private void startIfWanted() {
        if (readOnly) {
            return;
        }
        if ((searchBehind || mergeWanted || checkpointWanted) && thread == null && !closing) {
            thread = new Thread(this::run, "store-upkeep " + path.getFileName());
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Indexes every pending search text now, in one transaction. A store opened for reading does
     * it on a connection of its own, and only when no other process is writing the store (the
     * import that left the text is indexing it then); otherwise the text stays pending and
     * {@link #searchBehind} says so.
     */
    void catchUp() throws SQLException {
        if (searchBehind && readOnly) {
            searchBehind = SearchBacklog.any(connection) && !indexWithOwnConnection();
            return;
        }
        if (searchBehind) {
            Transactions.write(connection, c -> {
                SearchBacklog.indexAll(c);
                return null;
            });
            searchBehind = false;
            mergeWanted = true;
            startIfWanted();
        }
    }

    /**
     * Indexes the pending text through a connection opened for writing as any writer opens the
     * store (its log checked, kept aside while recovered), without waiting for another writer;
     * not for a store read from a recovered copy.
     */
    private boolean indexWithOwnConnection() {
        if (StoreOpener.isView(connection) || StoreLocks.writer(path).isPresent()) {
            return false;
        }
        Connection c = null;
        try {
            c = StoreOpener.open(path, Migrations.ALL, null, OpenOptions.writing().waitingFor(java.time.Duration.ZERO));
            Transactions.write(c, w -> {
                SearchBacklog.indexAll(w);
                return null;
            });
            return true;
        } catch (SQLException | StoreException e) {
            return false; // another process writes the store, or it may not be written: still pending
        } finally {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the index is committed; the connection is gone either way
                }
                StoreOpener.closed(path, c);
            }
        }
    }

    /** Whether search text is pending; answers at once, without waiting for the store's lock. */
    boolean searchBehind() {
        return searchBehind;
    }

    private void run() {
        // a write waits for an integrity check running beside the opening: wait here, not holding the store's lock
        IntegrityCheck.finding(StoreOpener.key(path.toAbsolutePath()));
        while (true) {
            synchronized (lock) {
                if (closing) {
                    thread = null;
                    return;
                }
                if (searchBehind) {
                    try {
                        searchBehind = Transactions.write(connection, SearchBacklog::indexStep);
                        mergeWanted = true;
                    } catch (SQLException e) {
                        // left pending: the next search indexes it (and reports a failure), or the next opening
                        checkpointWanted = false;
                        thread = null;
                        return;
                    }
                } else if (mergeWanted) {
                    try {
                        mergeWanted = Transactions.write(connection, SearchMerge::step);
                    } catch (SQLException e) {
                        // the index finds the same either way; the next write merges as FTS5 does
                        mergeWanted = false;
                    }
                } else if (!checkpointWanted) {
                    thread = null;
                    return;
                } else {
                    checkpointWanted = false;
                    checkpoint = true;
                }
            }
            if (checkpoint) {
                checkpoint = false;
                checkpoint();
            } else {
                giveWay();
            }
        }
    }

    /**
     * Lets a caller waiting for the store's lock have it between two steps. A Java monitor let go
     * is most often taken again at once by the thread that let it go: without this pause a search
     * waiting to finish the indexing itself, in one transaction, waited for every step of it and
     * then for the merging, and an edit for as long.
     */
    private static void giveWay() {
        try {
            Thread.sleep(STEP_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkpoint() {
        try (Connection c = StoreOpener.connect(path, false); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException ignored) {
            // nothing is lost: the committed pages stay in the log until the next checkpoint
        }
    }

    /** Stops after the current step and waits for the thread. */
    void close() throws InterruptedException {
        Thread t;
        synchronized (lock) {
            closing = true;
            t = thread;
        }
        if (t != null) {
            t.join();
        }
    }
}
