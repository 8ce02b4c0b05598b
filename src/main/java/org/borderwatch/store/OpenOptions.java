package org.borderwatch.store;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a store is opened.
 *
 * @param readOnly     for reading only: no write lock is taken at opening (a store another process
 *                     is importing into opens at once), no schema step or background work writes,
 *                     and no {@code -wal} or {@code -shm} file is left beside the store when it
 *                     closes. A store that needs its schema upgraded or its log recovered first is
 *                     brought up to date once, as by a writer, before it is opened for reading
 * @param create       a missing or empty (0 bytes) file may be made into a new store; otherwise
 *                     it is refused with a {@link StoreNotFoundException}
 * @param createFolder the store's folder may be created when missing (the user's data folder);
 *                     otherwise a missing folder is an error, so a mistyped path makes no store
 * @param writeWait    how long a write waits for another process that is writing the store
 *                     before it is refused; {@link #notices} hears that it waits
 * @param notices      receives one-line notices for the user (waiting for another process,
 *                     recovering a log, a failed integrity check); may be null
 * @param checkBeside  the integrity check of a store opened for writing runs beside the first
 *                     reads instead of before the opening returns; the first write waits for it
 *                     and is refused if it fails ({@link IntegrityCheck}). For the window, whose
 *                     map should not wait seconds for the check of a large store
 */
public record OpenOptions(boolean readOnly, boolean create, boolean createFolder, Duration writeWait,
                          Consumer<String> notices, boolean checkBeside) {
    /** A write waits this long before it first tells {@link #notices} that it waits. */
    static final Duration QUIET_WAIT = Duration.ofSeconds(2);

    /** Reading and writing; a missing store is created, its folder too (tests, benchmarks, the data folder). */
    public static final OpenOptions ANYWHERE = new OpenOptions(false, true, true, Duration.ofSeconds(10), null, false);

    public OpenOptions {
        writeWait = writeWait == null ? Duration.ofSeconds(10) : writeWait;
    }

    /** Reading only, the store must exist. */
    public static OpenOptions reading() {
        return new OpenOptions(true, false, false, Duration.ofSeconds(10), null, false);
    }

    /** Reading and writing, the store must exist. */
    public static OpenOptions writing() {
        return new OpenOptions(false, false, false, Duration.ofSeconds(10), null, false);
    }

    /** The same, allowing ({@code create}) a new store in an existing folder, and ({@code folder}) the folder too. */
    public OpenOptions creating(boolean create, boolean folder) {
        return new OpenOptions(readOnly, create, folder, writeWait, notices, checkBeside);
    }

    /** The same with another wait for a writing process. */
    public OpenOptions waitingFor(Duration wait) {
        return new OpenOptions(readOnly, create, createFolder, wait, notices, checkBeside);
    }

    /** The same, telling {@code to} what the user should know. */
    public OpenOptions telling(Consumer<String> to) {
        return new OpenOptions(readOnly, create, createFolder, writeWait, to, checkBeside);
    }

    /** The same, with the integrity check beside the first reads (see {@link #checkBeside()}). */
    public OpenOptions checkingBeside() {
        return new OpenOptions(readOnly, create, createFolder, writeWait, notices, true);
    }

    void notice(String text) {
        if (notices != null) {
            notices.accept(text);
        }
    }
}
