package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.borderwatch.domain.Event;

/**
 * Writes many events into the caller's transaction, chunk by chunk, with a handful of statements
 * per chunk whatever its size: one query finds which ids are stored (and, for an upsert, their
 * rows), then {@link EventWriter} batches the inserts, rewrites and pending search text.
 *
 * <p>New events get row keys counted up from the largest stored one, so no query is needed to
 * learn them, and a row key tells whether an event was stored before this transaction began.
 * Nothing is remembered per id across chunks — memory stays at one chunk whatever the import's
 * size — except that the answer of {@link #stored} about the ids of one batch serves the write of
 * that batch, which then makes no query of its own, and, in a store of at most
 * {@link #FILTERED_UP_TO} events, an {@link IdFilter} of the ids stored and written (4 MB): the
 * queries then ask only about the ids it may hold, so an import into a new or small store, whose
 * ids are nearly all new, looks up almost none of them.
 *
 * <p>One instance serves one transaction on one thread.
 */
final class EventBulk implements AutoCloseable {
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /**
     * Largest row key of a store whose ids are read into an {@link IdFilter} when the transaction
     * begins (at most some 30 ms); a larger store is asked about every id.
     */
    static final long FILTERED_UP_TO = 100_000;

    private final Connection c;
    private final EventWriter writer;
    /** Row keys from this one on were written in this transaction. */
    private final long firstNewPk;
    private long nextPk;
    /** The ids of the last {@link #stored} query: the stored ones (by id) and all that were asked. */
    private Map<String, StoredKey> known = Map.of();
    private java.util.Set<String> asked = java.util.Set.of();
    /** The ids stored and written, or null: every id is looked up. */
    private final IdFilter idFilter;

    EventBulk(Connection c) throws SQLException {
        this.c = c;
        long max = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(pk) FROM events")) {
            if (rs.next()) {
                max = rs.getLong(1);
            }
        }
        this.nextPk = max + 1;
        this.firstNewPk = nextPk;
        this.writer = new EventWriter(c);
        this.idFilter = max <= FILTERED_UP_TO ? storedIds(c) : null;
    }

    private static IdFilter storedIds(Connection c) throws SQLException {
        IdFilter filter = new IdFilter();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM events")) {
            while (rs.next()) {
                filter.add(rs.getString(1));
            }
        }
        return filter;
    }

    /** Of {@code all}, those that may be stored: all of them without a filter. */
    private List<String> perhapsStored(Collection<String> all) {
        List<String> some = new ArrayList<>(idFilter == null ? all.size() : 16);
        for (String id : all) {
            if (idFilter == null || idFilter.mightContain(id)) {
                some.add(id);
            }
        }
        return some;
    }

    /**
     * Writes {@code events}, replacing a stored event with the same id whole; the later of two
     * events with one id wins. Counts added and updated events (never unchanged).
     */
    ImportCounts put(List<PreparedEvent> events) throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        List<PreparedEvent> list = distinct(events, p -> p.event.id());
        for (int from = 0; from < list.size(); from += EventTable.CHUNK) {
            List<PreparedEvent> chunk = list.subList(from, Math.min(list.size(), from + EventTable.CHUNK));
            Map<String, StoredKey> stored = storedKeys(chunk);
            for (PreparedEvent p : chunk) {
                StoredKey key = stored.get(p.event.id());
                if (key == null) {
                    insert(p);
                    tally.added++;
                } else {
                    replace(p, key);
                    tally.updated++;
                }
            }
            writer.flush();
        }
        return tally.counts();
    }

    /**
     * As {@link #put}, but an event equal to the stored one (every column, source, tag and
     * attribute) is left alone and counted as unchanged.
     */
    ImportCounts upsert(List<Event> events) throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        List<Event> list = distinct(events, Event::id);
        for (int from = 0; from < list.size(); from += EventTable.CHUNK) {
            List<Event> chunk = list.subList(from, Math.min(list.size(), from + EventTable.CHUNK));
            Map<String, StoredEvent> stored = EventTable.storedRows(c, ids(chunk, Event::id));
            for (Event e : chunk) {
                StoredEvent old = stored.get(e.id());
                if (old == null) {
                    insert(writer.prepare(e));
                    tally.added++;
                } else if (old.sameAs(e)) {
                    tally.unchanged++;
                } else {
                    replace(writer.prepare(e), StoredKey.of(old.pk(), old.date(), old.border(), old.category()));
                    tally.updated++;
                }
            }
            writer.flush();
        }
        return tally.counts();
    }

    /**
     * The value of attribute {@code name} of each stored event among {@code ids} (events written
     * in this transaction included) and whether it was stored before the transaction, by id; an
     * id not stored is absent. One query; its answer also serves the next {@link #put} of these ids.
     */
    Map<String, BulkWriter.Stored> stored(Collection<String> ids, String name) throws SQLException {
        if (!ATTRIBUTE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("attribute name '" + name + "' is not [A-Za-z0-9_]{1,64}");
        }
        Map<String, BulkWriter.Stored> values = new HashMap<>();
        Map<String, StoredKey> keys = new HashMap<>();
        List<String> query = perhapsStored(ids);
        if (!query.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, CASE WHEN json_type(attributes, ?1) = 'null' THEN summary ELSE attributes ->> ?1 END, "
                            + "pk, date, border, category FROM events WHERE id IN (SELECT value FROM json_each(?2))")) {
                ps.setString(1, "$." + name);
                ps.setString(2, Sql.jsonArray(query));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long pk = rs.getLong(3);
                        values.put(rs.getString(1), new BulkWriter.Stored(rs.getString(2), pk < firstNewPk));
                        keys.put(rs.getString(1), StoredKey.of(pk, rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
        }
        known = keys;
        asked = new java.util.HashSet<>(ids);
        return values;
    }

    private void insert(PreparedEvent p) throws SQLException {
        if (idFilter != null) {
            idFilter.add(p.event.id());
        }
        writer.insert(p, nextPk++);
    }

    private void replace(PreparedEvent p, StoredKey old) throws SQLException {
        writer.replace(p, old);
    }

    /**
     * What the writer must know of the stored events of {@code chunk}, by id: the answer of the
     * last {@link #stored} query when it asked for every id of the chunk (and nothing was written
     * since that could change it), else one query.
     */
    private Map<String, StoredKey> storedKeys(List<PreparedEvent> chunk) throws SQLException {
        List<String> all = ids(chunk, p -> p.event.id());
        if (asked.containsAll(all)) {
            Map<String, StoredKey> keys = known;
            known = Map.of();
            asked = java.util.Set.of();
            return keys;
        }
        Map<String, StoredKey> keys = new HashMap<>();
        List<String> query = perhapsStored(all);
        if (query.isEmpty()) {
            return keys;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, pk, date, border, category FROM events WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(query));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), StoredKey.of(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return keys;
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        List<String> ids = new ArrayList<>(items.size());
        for (T item : items) {
            ids.add(id.apply(item));
        }
        return ids;
    }

    /** {@code items} with one per id, the later of two winning, in first-seen order. */
    private static <T> List<T> distinct(List<T> items, Function<T, String> id) {
        Map<String, T> unique = new LinkedHashMap<>();
        for (T item : items) {
            unique.put(id.apply(item), item);
        }
        return unique.size() == items.size() ? items : new ArrayList<>(unique.values());
    }

    /** {@code e} in the form the writer writes. */
    PreparedEvent prepare(Event e) {
        return writer.prepare(e);
    }

    /** Events written here whose search text is not indexed yet. */
    int pendingText() {
        return writer.pending();
    }

    /** Writes what is queued and the day counts of everything written; call before the transaction commits. */
    void finish() throws SQLException {
        writer.finish();
    }

    /** Indexes the search text of everything written so far; call before the transaction commits. */
    void writeText() throws SQLException {
        writer.writeText();
    }

    @Override
    public void close() throws SQLException {
        writer.close();
    }
}
