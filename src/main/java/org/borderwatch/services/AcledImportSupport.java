package org.borderwatch.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Source;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.AcledImporter;
import org.borderwatch.interop.AcledRecord;
import org.borderwatch.interop.AcledSink;
import org.borderwatch.interop.AcledValues;
import org.borderwatch.interop.ImportCancelledException;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.store.BulkWriter;
import org.borderwatch.store.PreparedEvent;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * Imports an ACLED CSV export into the {@link Store}: {@code import FILE --format acled
 * [--skip-invalid]} and the application's File → Import both call
 * {@link #importFile(Store, Path, AcledImportOptions)}.
 *
 * <p>The file streams through {@link Store#bulkImport}: each batch of rows is read, checked,
 * decided against the ACLED timestamps stored for its ids (one query per batch) and written at
 * once, all in one transaction that commits only after the last row. An invalid row (without
 * skip-invalid), a cancellation — up to the moment of the commit — or an I/O error rolls it all
 * back: the store is exactly as it was. Memory stays at one batch plus one timestamp per distinct
 * id, whatever the file's size. Runs on the calling thread (a helper thread reads and maps the
 * next batches meanwhile, see {@link AcledImporter}): the UI calls it on a background thread and
 * passes a progress callback and a cancel flag in the options; both are called on that thread.
 */
public final class AcledImportSupport {
    /** The attribute holding ACLED's {@code timestamp} (Unix seconds) of an imported event. */
    private static final String TIMESTAMP = "timestamp";

    private AcledImportSupport() {
    }

    /**
     * Imports {@code file}.
     *
     * @throws InputFormatException     {@code file:line: reason} for the first invalid row (or a
     *                                  missing column, or broken CSV)
     * @throws ImportCancelledException when {@code options.cancelled()} became true
     * @throws StoreException           when the store cannot be read or written
     */
    public static AcledImportResult importFile(Store store, Path file, AcledImportOptions options)
            throws IOException, InputFormatException, ImportCancelledException, StoreException {
        try {
            return store.bulkImport(writer -> {
                try {
                    AcledImportResult result = new AcledImporter(options).importFile(file, new StoreSink(writer));
                    if (options.cancelled().getAsBoolean()) {
                        throw new ImportCancelledException(file.getFileName().toString(), result.rowsRead());
                    }
                    return result;
                } catch (IOException | InputFormatException | ImportCancelledException e) {
                    throw new Stopped(e);
                }
            });
        } catch (Stopped s) {
            throw s.unwrap();
        }
    }

    /** Carries the importer's own exceptions out of the bulk work, which rolls back on any of them. */
    private static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }

        /** Rethrows the cause with its own type. */
        IOException unwrap() throws InputFormatException, ImportCancelledException {
            Throwable c = getCause();
            if (c instanceof InputFormatException e) {
                throw e;
            }
            if (c instanceof ImportCancelledException e) {
                throw e;
            }
            return (IOException) c;
        }
    }

    /** The store's open bulk transaction as the importer's sink. */
    private static final class StoreSink implements AcledSink<PreparedEvent, StoreException> {
        private final BulkWriter writer;
        /** Used by the importer's reading thread only. */
        private final PreparedEvent.Preparer preparer = new PreparedEvent.Preparer();

        StoreSink(BulkWriter writer) {
            this.writer = writer;
        }

        @Override
        public Map<String, Stamp> stored(Collection<String> eventIds) throws StoreException {
            Map<String, Stamp> out = new HashMap<>();
            for (Map.Entry<String, BulkWriter.Stored> e : writer.stored(eventIds, TIMESTAMP).entrySet()) {
                String text = e.getValue().attribute();
                long value = Long.MIN_VALUE;
                if (text != null) {
                    try {
                        value = AcledValues.timestamp(text);
                    } catch (IllegalArgumentException unreadable) {
                        value = Long.MIN_VALUE;
                    }
                }
                out.put(e.getKey(), new Stamp(value, e.getValue().earlier()));
            }
            return out;
        }

        @Override
        public PreparedEvent prepare(AcledRecord record) {
            return preparer.prepare(record.event());
        }

        @Override
        public void write(List<Source> sources, List<PreparedEvent> events) throws StoreException {
            writer.upsertSources(sources);
            writer.putPrepared(events);
        }
    }
}
