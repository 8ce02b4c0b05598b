package org.borderwatch.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * Writes sources and events into the open transaction of {@link Store#bulkImport}, batch after
 * batch, so an importer can stream a large file without holding it: each call writes at once,
 * and nothing is visible to others until the whole work returns and commits.
 *
 * <p>Every event must cite sources that are stored or were written earlier through this writer,
 * and only stored crossings; a batch that does not is refused with a {@link StoreException}
 * (and the work then rolls back).
 *
 * <p><b>Threads.</b> Use it only on the thread running the {@link BulkWork}, and only until the
 * work returns. It is not thread-safe.
 */
public interface BulkWriter {
    /**
     * What is stored of the events among {@code eventIds}, events written through this writer
     * included, by id: the value of attribute {@code name} ({@code [A-Za-z0-9_]}, e.g. ACLED's
     * {@code timestamp}; {@code null} when the event has none), and whether the event was stored
     * before this import began. An id that is not stored is absent. One query per call, whatever
     * the store holds: an importer asks once per batch and keeps nothing per id.
     */
    Map<String, Stored> stored(Collection<String> eventIds, String name) throws StoreException;

    /**
     * A stored event as a bulk import sees it.
     *
     * @param attribute the value of the attribute asked for, or {@code null}
     * @param earlier   whether it was stored before this import began (else this import wrote it)
     */
    record Stored(String attribute, boolean earlier) {
    }

    /** Inserts new sources and rewrites changed ones (by id). */
    ImportCounts upsertSources(Collection<Source> batch) throws StoreException;

    /**
     * Writes {@code batch}, each event replacing a stored one with its id whole (no comparison:
     * for importers that decided already, e.g. by a newer timestamp). Of two events with one id,
     * the later wins. Counts added and updated events.
     */
    ImportCounts putEvents(List<Event> batch) throws StoreException;

    /**
     * As {@link #putEvents} for events prepared ahead ({@link PreparedEvent.Preparer}, on another
     * thread while this one writes): the importing thread only binds and writes.
     */
    ImportCounts putPrepared(List<PreparedEvent> batch) throws StoreException;

    /**
     * Writes {@code batch} as {@link #putEvents} does, but leaves events equal to the stored ones
     * alone and counts them as unchanged.
     */
    ImportCounts upsertEvents(List<Event> batch) throws StoreException;
}
