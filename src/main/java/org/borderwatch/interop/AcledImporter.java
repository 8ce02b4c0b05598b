package org.borderwatch.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Source;

/**
 * Imports an ACLED CSV export into an {@link AcledSink}, batch by batch, with upsert semantics on
 * the ACLED id: a row replaces a stored event only when its {@code timestamp} is newer; within
 * the file the newest row per id wins (of equal timestamps, the first).
 *
 * <p>All rows or nothing: the first invalid row throws {@link InvalidRecordException}
 * ({@code file:line: reason}) unless {@link AcledImportOptions#skipInvalid()} is set, in which case
 * the row is skipped and listed. The sink writes into a transaction the caller holds open; the
 * caller commits when this returns and rolls back when it throws, including on
 * {@link ImportCancelledException}.
 *
 * <p>Runs on the calling thread (a background thread in the UI), which also calls the sink, the
 * progress callback and the cancel check; a helper thread reads and maps the next batches
 * meanwhile ({@link AcledBatches}) and is gone when this returns or throws.
 *
 * <p>Memory: a few batches of events, whatever the file's size — what is stored of each batch's ids
 * (its events' timestamps, including those written earlier in this import) is asked of the sink
 * once per batch, not kept. Only the ids of events that were stored before the import and that it
 * meets again are noted (as hashes, {@link IdHashes}), to count the updated and unchanged ones:
 * nothing for a first import.
 */
public final class AcledImporter {
    /** At most this many skipped rows are listed in the result (all are counted). */
    public static final int MAX_LISTED_SKIPS = 1000;

    private final AcledImportOptions options;

    public AcledImporter(AcledImportOptions options) {
        this.options = options;
    }

    /** Reads {@code file} and imports it. */
    public <P, X extends Exception> AcledImportResult importFile(Path file, AcledSink<P, X> sink)
            throws IOException, InputFormatException, ImportCancelledException, X {
        try (AcledReader reader = AcledReader.open(file)) {
            return importFrom(reader, sink);
        }
    }

    /** Imports the rows {@code reader} has left; does not close it. */
    public <P, X extends Exception> AcledImportResult importFrom(AcledReader reader, AcledSink<P, X> sink)
            throws IOException, InputFormatException, ImportCancelledException, X {
        Run<P, X> run = new Run<>(sink);
        checkCancelled(reader.file(), reader.rowsRead());
        long valid = 0;
        long rows = reader.rowsRead();
        try (AcledBatches<P> batches = AcledBatches.start(reader, options.batchSize(), options.skipInvalid(),
                sink::prepare)) {
            AcledBatches.Batch<P> b;
            while ((b = batches.next()) != null) {
                for (SkippedRow s : b.skipped()) {
                    run.skip(s);
                }
                valid += b.valid();
                rows = b.rows();
                run.flush(b.records(), b.prepared());
                options.progress().progress(b.rows(), b.bytes(), reader.size());
                if (!b.last()) {
                    checkCancelled(reader.file(), b.rows());
                }
            }
        }
        long distinct = run.added + run.preexisting.size();
        return new AcledImportResult(reader.file(), reader.layout(), rows, run.added,
                run.updated.size(), run.preexisting.size() - run.updated.size(), valid - distinct,
                run.skippedCount, run.skipped, run.sourcesWritten.size());
    }

    private void checkCancelled(String file, long rowsRead) throws ImportCancelledException {
        if (options.cancelled().getAsBoolean()) {
            throw new ImportCancelledException(file, rowsRead);
        }
    }

    /** The state of one import. */
    private static final class Run<P, X extends Exception> {
        final AcledSink<P, X> sink;
        /** Ids stored before the import that it met; and those of them it replaced. */
        final IdHashes preexisting = new IdHashes();
        final IdHashes updated = new IdHashes();
        final Set<String> sourcesWritten = new HashSet<>();
        final List<SkippedRow> skipped = new ArrayList<>();
        long added;
        long skippedCount;

        Run(AcledSink<P, X> sink) {
            this.sink = sink;
        }

        void skip(SkippedRow row) {
            skippedCount++;
            if (skipped.size() < MAX_LISTED_SKIPS) {
                skipped.add(row);
            }
        }

        void flush(List<AcledRecord> records, List<P> prepared) throws X {
            int n = records.size();
            List<String> ids = new ArrayList<>(n);
            for (AcledRecord r : records) {
                ids.add(r.event().id());
            }
            Map<String, AcledSink.Stamp> stored = sink.stored(ids);
            List<P> events = new ArrayList<>(n);
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                AcledRecord r = records.get(i);
                String id = ids.get(i);
                AcledSink.Stamp have = stored.get(id);
                if (have == null) {
                    added++;
                } else {
                    if (have.earlier()) {
                        preexisting.add(id);
                    }
                    if (r.timestamp() <= have.timestamp()) {
                        continue;
                    }
                    if (have.earlier()) {
                        updated.add(id);
                    }
                }
                events.add(prepared.get(i));
                for (Source s : r.sources()) {
                    if (sourcesWritten.add(s.id())) {
                        sources.add(s);
                    }
                }
            }
            if (!events.isEmpty()) {
                sink.write(sources, events);
            }
        }
    }
}
