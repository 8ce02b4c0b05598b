package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * The {@link BulkWriter} of a {@link SqliteStore}: each call writes at once with a few set-based
 * statements into the transaction of {@link SqliteStore#bulkImport}.
 *
 * <p>Every event must cite sources that are stored or were written earlier through this writer,
 * and only stored crossings. A change to a source's title or publisher refreshes the search text
 * of the events that cite it once, at the end. The search text of a large import is indexed
 * just after its commit ({@link SearchBacklog}); a search waits for it.
 *
 * <p><b>Threads.</b> Use it only on the thread running the {@link BulkWork}, and only until the
 * work returns. It is not thread-safe.
 */
final class SqliteBulkWriter implements BulkWriter {
    /**
     * From this many events written, their search text is indexed after the commit
     * ({@link SearchBacklog}) instead of inside the import's transaction.
     */
    static final int INDEX_AFTER_COMMIT_FROM = 20_000;

    private final Connection c;
    private final Path path;
    private final Map<String, Source> sources;
    private final Set<String> retitled = new LinkedHashSet<>();
    private final EventBulk events;
    private boolean open = true;

    SqliteBulkWriter(Connection c, Path path) throws SQLException {
        this.c = c;
        this.path = path;
        this.sources = SourceTable.loadAll(c);
        this.events = new EventBulk(c);
    }

    /**
     * The value of attribute {@code name} ({@code [A-Za-z0-9_]}, e.g. ACLED's {@code timestamp}) of
     * each stored event among {@code eventIds}, events written through this writer included, by
     * id: an event without that attribute maps to {@code null}; an id that is not stored is absent.
     * One query reading ids and that one attribute, not whole events.
     */
    @Override
    public Map<String, Stored> stored(Collection<String> eventIds, String name) throws StoreException {
        check();
        try {
            return events.stored(eventIds, name);
        } catch (SQLException e) {
            throw failure("read events of", e);
        }
    }

    /** Inserts new sources and rewrites changed ones (by id). */
    @Override
    public ImportCounts upsertSources(Collection<Source> batch) throws StoreException {
        check();
        try {
            return SourceTable.upsert(c, batch, sources, retitled);
        } catch (SQLException e) {
            throw failure("write sources to", e);
        }
    }

    /**
     * Writes {@code batch}, each event replacing a stored one with its id whole (no comparison:
     * for importers that decided already, e.g. by a newer timestamp). Of two events with one id,
     * the later wins. Counts added and updated events.
     */
    @Override
    public ImportCounts putEvents(List<Event> batch) throws StoreException {
        List<PreparedEvent> prepared = new ArrayList<>(batch.size());
        for (Event e : batch) {
            prepared.add(events.prepare(e));
        }
        return putPrepared(prepared);
    }

    /**
     * As {@link #putEvents} for events prepared ahead ({@link PreparedEvent.Preparer}, on another
     * thread while this one writes): the importing thread only binds and writes.
     */
    @Override
    public ImportCounts putPrepared(List<PreparedEvent> batch) throws StoreException {
        check();
        try {
            List<Event> plain = new ArrayList<>(batch.size());
            for (PreparedEvent p : batch) {
                plain.add(p.event);
            }
            EventReferences.requireKnown(c, plain, sources.keySet());
            return events.put(batch);
        } catch (SQLException e) {
            throw failure("write events to", e);
        }
    }

    /**
     * Writes {@code batch} as {@link #putEvents} does, but leaves events equal to the stored ones
     * alone and counts them as unchanged.
     */
    @Override
    public ImportCounts upsertEvents(List<Event> batch) throws StoreException {
        check();
        try {
            EventReferences.requireKnown(c, batch, sources.keySet());
            return events.upsert(batch);
        } catch (SQLException e) {
            throw failure("write events to", e);
        }
    }

    /**
     * Refreshes the search text of events whose sources were retitled and indexes the text of
     * the events written — unless they are more than {@link #INDEX_AFTER_COMMIT_FROM}: then their
     * text stays pending, for {@link SearchBacklog} after the commit — and closes the writer.
     */
    void finish() throws SQLException {
        check();
        if (events.pendingText() < INDEX_AFTER_COMMIT_FROM) {
            events.writeText();
        }
        EventTable.reindexCiting(c, retitled);
        close();
    }

    /** Closes the statements; the writer refuses further calls. */
    void close() throws SQLException {
        if (open) {
            open = false;
            events.close();
        }
    }

    private void check() {
        if (!open) {
            throw new IllegalStateException("the bulk writer of " + path + " is used after its work returned");
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + " " + path + ": "
                + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
    }
}
