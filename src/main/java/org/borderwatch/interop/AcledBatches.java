package org.borderwatch.interop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads, maps and prepares ({@link AcledSink#prepare}) the rows of an {@link AcledReader} on a
 * thread of its own, one batch ahead of the importing thread, so that parsing CSV and writing the
 * previous batch into the store overlap when the machine has a core to spare. Within a batch the newest row per id wins (of equal timestamps,
 * the first); invalid rows are skipped (and handed over in order) or end the stream with their
 * exception, which {@link #next()} throws on the importing thread after the batches before it.
 *
 * <p>At most {@link #AHEAD} batches wait in the queue, so memory stays at a few batches whatever
 * the file's size. {@link #close()} stops the reading thread and waits for it; the reader may be
 * closed after that.
 */
final class AcledBatches<P> implements AutoCloseable {
    /** Batches read ahead of the importing thread at most. */
    static final int AHEAD = 2;

    /**
     * One batch.
     *
     * @param records  the winning row of each id in the batch, in first-seen order
     * @param prepared each of {@code records} prepared for writing, in the same order
     * @param valid   valid rows read for it (duplicates included)
     * @param skipped invalid rows skipped since the previous batch
     * @param rows    data rows read from the start of the file to the end of this batch
     * @param bytes   bytes read from the start of the file to the end of this batch
     * @param last    whether this is the end of the file
     */
    record Batch<P>(List<AcledRecord> records, List<P> prepared, long valid, List<SkippedRow> skipped, long rows,
                    long bytes, boolean last) {
    }

    /** What the reading thread hands over: a batch, or the exception that ended the file. */
    private record Item<P>(Batch<P> batch, Throwable failure) {
    }

    private final AcledReader reader;
    private final int batchSize;
    private final boolean skipInvalid;
    private final Function<AcledRecord, P> prepare;
    private final BlockingQueue<Item<P>> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    private AcledBatches(AcledReader reader, int batchSize, boolean skipInvalid, Function<AcledRecord, P> prepare) {
        this.reader = reader;
        this.batchSize = batchSize;
        this.skipInvalid = skipInvalid;
        this.prepare = prepare;
        this.thread = new Thread(this::readAll, "acled-reader " + reader.file());
        this.thread.setDaemon(true);
    }

    /** Starts reading {@code reader} in batches of {@code batchSize} distinct ids, each record prepared by {@code prepare}. */
    static <P> AcledBatches<P> start(AcledReader reader, int batchSize, boolean skipInvalid,
                                     Function<AcledRecord, P> prepare) {
        AcledBatches<P> b = new AcledBatches<>(reader, batchSize, skipInvalid, prepare);
        b.thread.start();
        return b;
    }

    /**
     * The next batch, waiting for it; {@code null} after the last one.
     *
     * @throws InputFormatException an invalid row (unless skipped) or unreadable CSV, in file order
     * @throws IOException          when the file cannot be read
     */
    Batch<P> next() throws IOException, InputFormatException {
        if (ended) {
            return null;
        }
        Item<P> item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + reader.file(), e);
        }
        if (item.failure() != null) {
            ended = true;
            Throwable f = item.failure();
            if (f instanceof IOException io) {
                throw io;
            }
            if (f instanceof InputFormatException in) {
                throw in;
            }
            if (f instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) f;
        }
        ended = item.batch().last();
        return item.batch();
    }

    /** The reading thread's loop: each row is prepared as soon as it is mapped, while it is in the cache. */
    private void readAll() {
        try {
            Winners<P> batch = new Winners<>(batchSize);
            List<SkippedRow> skipped = new ArrayList<>();
            long valid = 0;
            while (!stopped) {
                AcledRecord r;
                try {
                    r = reader.next();
                } catch (InvalidRecordException e) {
                    if (!skipInvalid) {
                        throw e;
                    }
                    skipped.add(new SkippedRow(e.file(), e.line(), e.reason()));
                    continue;
                }
                if (r == null) {
                    hand(new Item<>(batch.batch(valid, skipped, reader, true), null));
                    return;
                }
                valid++;
                batch.offer(r, prepare);
                if (batch.size() >= batchSize) {
                    hand(new Item<>(batch.batch(valid, skipped, reader, false), null));
                    batch = new Winners<>(batchSize);
                    skipped = new ArrayList<>();
                    valid = 0;
                }
            }
        } catch (IOException | InputFormatException | RuntimeException | Error e) {
            hand(new Item<>(null, e));
        }
    }

    /** The newest row per id of one batch (of equal timestamps, the first), in first-seen order, prepared. */
    private static final class Winners<P> {
        private final Map<String, Integer> positions;
        private final List<AcledRecord> records;
        private final List<P> prepared;

        Winners(int expected) {
            positions = new HashMap<>(expected * 2);
            records = new ArrayList<>(expected);
            prepared = new ArrayList<>(expected);
        }

        void offer(AcledRecord r, Function<AcledRecord, P> prepare) {
            Integer at = positions.putIfAbsent(r.event().id(), records.size());
            if (at == null) {
                records.add(r);
                prepared.add(prepare.apply(r));
            } else if (r.timestamp() > records.get(at).timestamp()) {
                records.set(at, r);
                prepared.set(at, prepare.apply(r));
            }
        }

        int size() {
            return records.size();
        }

        Batch<P> batch(long valid, List<SkippedRow> skipped, AcledReader reader, boolean last) {
            return new Batch<>(records, prepared, valid, skipped, reader.rowsRead(), reader.bytesRead(), last);
        }
    }

    /** Queues {@code item}, waiting for room; gives up when the importing thread stopped listening. */
    private void hand(Item<P> item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread (when it has not finished) and waits until it has. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
