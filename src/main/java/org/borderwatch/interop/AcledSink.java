package org.borderwatch.interop;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Source;

/**
 * Where {@link AcledImporter} puts events: the store, inside one transaction that the caller
 * opened before the import and commits after it (or rolls back when the import throws), so an
 * import lands whole or not at all. {@link #prepare} is called on the importer's reading thread,
 * the other methods on the importing thread, once or twice per batch.
 *
 * @param <P> an event made ready for writing ({@link #prepare})
 * @param <X> the checked exception the sink may throw (the store's own, for instance); the
 *            importer passes it on unchanged
 */
public interface AcledSink<P, X extends Exception> {
    /**
     * The stored events among {@code eventIds}, including those written earlier in this
     * transaction: their ACLED timestamp (Unix seconds, the {@code timestamp} attribute;
     * {@link Long#MIN_VALUE} when missing or unreadable) and whether they were stored before this
     * import began. Ids not stored are absent. Asked once per batch: the importer keeps no table
     * of ids, so its memory does not grow with the file.
     */
    Map<String, Stamp> stored(Collection<String> eventIds) throws X;

    /**
     * A stored event's ACLED timestamp, and whether it was stored before this import began.
     *
     * @param timestamp Unix seconds, or {@link Long#MIN_VALUE} when unknown
     * @param earlier   stored before this import (else written by it, from an earlier row)
     */
    record Stamp(long timestamp, boolean earlier) {
    }

    /**
     * Makes the event of {@code record} ready for {@link #write} — whatever can be done without
     * the store, such as turning it into text. Called on the importer's reading thread only (never
     * at the same time as itself), ahead of the batch being written, for every row that may be
     * written.
     */
    P prepare(AcledRecord record);

    /**
     * Writes sources (insert or replace by id) and then events (insert or replace by id, whole)
     * in the open transaction. Each event's sources are among {@code sources} or were written before.
     */
    void write(List<Source> sources, List<P> events) throws X;
}
