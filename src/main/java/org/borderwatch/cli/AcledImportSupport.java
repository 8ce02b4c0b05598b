package org.borderwatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.AcledImporter;
import org.borderwatch.interop.AcledRowMapper;
import org.borderwatch.interop.AcledSink;
import org.borderwatch.interop.AcledValues;
import org.borderwatch.interop.ImportCancelledException;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * Imports an ACLED CSV export into the {@link Store}: {@code import FILE --format acled
 * [--skip-invalid]} and the application's File → Import both call
 * {@link #importFile(Store, Path, AcledImportOptions)}.
 *
 * <p>The whole file is read and checked first, with the upsert decided against the ACLED
 * timestamps already stored; only then, and only when it was not cancelled, are the sources and
 * the winning events written. An invalid row (without skip-invalid), a cancellation or an I/O
 * error leaves the store exactly as it was. Runs on the calling thread: the UI calls it on a
 * background thread and passes a progress callback and a cancel flag in the options.
 */
public final class AcledImportSupport {
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
        Staging staging = new Staging(storedTimestamps(store));
        AcledImportResult result = new AcledImporter(options).importFile(file, staging);
        if (options.cancelled().getAsBoolean()) {
            throw new ImportCancelledException(file.getFileName().toString(), result.rowsRead());
        }
        if (!staging.events.isEmpty()) {
            store.upsertSources(staging.sources.values());
            store.upsertEvents(List.copyOf(staging.events.values()));
        }
        return result;
    }

    /** ACLED timestamps of the stored ACLED events, by event id. */
    private static Map<String, Long> storedTimestamps(Store store) throws StoreException {
        Map<String, Long> out = new HashMap<>();
        for (Event e : store.loadSituationData().events()) {
            if (e.id().startsWith(AcledRowMapper.ID_PREFIX)) {
                String ts = e.attributes().get("timestamp");
                long value = Long.MIN_VALUE;
                if (ts != null) {
                    try {
                        value = AcledValues.timestamp(ts);
                    } catch (IllegalArgumentException unreadable) {
                        value = Long.MIN_VALUE;
                    }
                }
                out.put(e.id(), value);
            }
        }
        return out;
    }

    /** Holds what the importer decided to write until the whole file has been checked. */
    private static final class Staging implements AcledSink {
        final Map<String, Long> stored;
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Map<String, Event> events = new LinkedHashMap<>();

        Staging(Map<String, Long> stored) {
            this.stored = stored;
        }

        @Override
        public Map<String, Long> storedTimestamps(Collection<String> eventIds) {
            Map<String, Long> out = new HashMap<>();
            for (String id : eventIds) {
                Long ts = stored.get(id);
                if (ts != null) {
                    out.put(id, ts);
                }
            }
            return out;
        }

        @Override
        public void write(List<Source> batchSources, List<Event> batchEvents) {
            for (Source s : batchSources) {
                sources.put(s.id(), s);
            }
            for (Event e : batchEvents) {
                events.put(e.id(), e);
            }
        }
    }
}
