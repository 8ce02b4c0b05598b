package org.borderwatch.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.borderwatch.domain.Event;

/**
 * The events of a copy into a team store, inside the copy's transaction, as a pipeline of three
 * threads: one reads the source's events and turns each batch into {@code COPY} rows
 * ({@link PgEventWriter.Staged}); one has a second session fold the batch's texts into search
 * words ({@link PgSearchWords}); the copy's own thread has the server write the batch before. At
 * most two batches wait between two threads. Into a store that holds few events yet, the events
 * table's indexes are built after the load ({@link PgEventLoad}).
 */
final class PgEventCopy {
    /** Ends the stream of batches between two threads. */
    private static final Object END = new Object();

    /** One step of the pipeline: what a thread does to each batch before handing it on. */
    @FunctionalInterface
    private interface Step {
        PgEventWriter.Staged apply(PgEventWriter.Staged batch) throws SQLException;
    }

    private PgEventCopy() {
    }

    /** Copies every event of {@code source} in the transaction of {@code c}. */
    static ImportCounts copy(Connection c, PgConnector connector, Store source) throws SQLException, StoreException, IOException {
        long incoming = source.counts().events();
        PgEventLoad load = PgEventLoad.worthwhile(c, incoming) ? PgEventLoad.begin(c) : null;
        ImportCounts written;
        PgSearchWords folder = incoming == 0 ? null : folder(connector);
        try {
            written = stream(c, source, folder);
        } finally {
            if (folder != null) {
                folder.close();
            }
        }
        if (load != null) {
            load.finish(c);
        }
        return written;
    }

    /**
     * A second session to fold the texts in, or {@code null} when the server has no connection to
     * spare (the writing session folds them then, as an import does).
     */
    private static PgSearchWords folder(PgConnector connector) {
        try {
            Connection second = connector.open();
            try {
                return new PgSearchWords(second);
            } catch (SQLException | RuntimeException e) {
                second.close();
                return null;
            }
        } catch (StoreException | SQLException e) {
            return null;
        }
    }

    private static ImportCounts stream(Connection c, Store source, PgSearchWords folder)
            throws SQLException, StoreException, IOException {
        BlockingQueue<Object> staged = new ArrayBlockingQueue<>(2);
        BlockingQueue<Object> ready = folder == null ? staged : new ArrayBlockingQueue<>(2);
        List<Thread> threads = new ArrayList<>();
        threads.add(start("borderwatch-copy-reader", () -> {
            List<Event> batch = new ArrayList<>(PgEventWriter.BATCH);
            source.eachEvent(EventQuery.everything(), e -> {
                batch.add(e);
                if (batch.size() == PgEventWriter.BATCH) {
                    put(staged, PgEventWriter.Staged.of(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(staged, PgEventWriter.Staged.of(batch));
            }
        }, staged));
        if (folder != null) {
            threads.add(start("borderwatch-copy-words", () -> pass(staged, ready, folder::fold), ready));
        }
        ImportCounts total = ImportCounts.NONE;
        try {
            while (true) {
                Object next = ready.take();
                if (next instanceof PgEventWriter.Staged batch) {
                    total = total.plus(PgEventWriter.write(c, batch, true, false));
                } else if (next == END) {
                    return total;
                } else {
                    throw rethrow(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("The copy was interrupted; nothing was written.", e);
        } finally {
            threads.forEach(Thread::interrupt);
        }
    }

    /** Hands each batch from {@code in} through {@code step} to {@code out}, until the end or a failure. */
    private static void pass(BlockingQueue<Object> in, BlockingQueue<Object> out, Step step) throws Exception {
        while (true) {
            Object next = in.take();
            if (next instanceof PgEventWriter.Staged batch) {
                put(out, step.apply(batch));
            } else if (next == END) {
                return;
            } else {
                throw rethrow(next);
            }
        }
    }

    /** A failure handed on from an earlier thread, thrown as what it was. */
    private static RuntimeException rethrow(Object failure) throws SQLException, StoreException, IOException {
        if (failure instanceof SQLException e) {
            throw e;
        } else if (failure instanceof StoreException e) {
            throw e;
        } else if (failure instanceof IOException e) {
            throw e;
        } else if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw new IOException(String.valueOf(failure), (Throwable) failure);
    }

    /** What a thread of the pipeline runs. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /**
     * Starts a thread running {@code work}, which hands on to {@code out}; at its end it hands on
     * {@link #END}, or the failure that stopped it.
     */
    private static Thread start(String name, Work work, BlockingQueue<Object> out) {
        Thread t = new Thread(() -> {
            Object last = END;
            try {
                work.run();
            } catch (InterruptedException | InterruptedIOException e) {
                return; // the copy stopped: nobody waits for more
            } catch (Exception e) {
                last = e;
            }
            try {
                out.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void put(BlockingQueue<Object> queue, Object item) throws IOException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the copy stopped");
        }
    }
}
