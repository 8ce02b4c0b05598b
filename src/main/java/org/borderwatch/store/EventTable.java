package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;

/**
 * Reads rows of {@code events} (an event's source ids and tags are JSON array columns of its row),
 * and is the way in to writing them ({@link EventBulk}, {@link EventWriter}), which also keep the
 * search index {@code event_fts} in step. This suits loads of some events (search hits, an
 * upsert's chunk); the whole table loads through {@link EventLoader}.
 */
final class EventTable {
    /** Events compared and written per round trip by {@link #upsert}. */
    static final int CHUNK = 2000;

    /** The columns {@link #decode} and {@link StoredEvent#read} read, in this order. */
    static final String COLUMNS = "e.pk, e.id, e.date, e.date_precision, e.title, e.summary, e.category, "
            + "e.border, e.crossing_id, e.lat, e.lon, e.place, e.attributes, e.sources, e.tags";

    private EventTable() {
    }

    /** The events whose row keys are in {@code pks}, keyed by row key. */
    static Map<Long, Event> loadByKeys(Connection c, Collection<Long> pks) throws SQLException {
        return load(c, " WHERE e.pk IN (SELECT value FROM json_each(?))", Sql.jsonArray(pks));
    }

    /**
     * Events selected by {@code filter} (a WHERE clause over {@code events e} with at most one
     * placeholder, bound to {@code param}).
     */
    private static Map<Long, Event> load(Connection c, String filter, String param) throws SQLException {
        RowDecoder decode = new RowDecoder();
        Map<Long, Event> events = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events e" + filter)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.put(rs.getLong(1), decode(rs, decode));
                }
            }
        }
        return events;
    }

    /** The event in the current row of a query over {@link #COLUMNS}. */
    static Event decode(ResultSet rs, RowDecoder decode) throws SQLException {
        String id = rs.getString(2);
        double lat = rs.getDouble(10);
        GeoPoint location = rs.wasNull() ? null : decode.point(lat, rs.getDouble(11));
        String summary = rs.getString(6);
        return new Event(id, decode.date(rs.getString(3)),
                decode.code(DatePrecision.class, rs.getString(4), DatePrecision::parse),
                rs.getString(5), summary, decode.code(Category.class, rs.getString(7), Category::parse),
                decode.code(Border.class, rs.getString(8), Border::parse), rs.getString(9), location,
                rs.getString(12), decode.list(id, rs.getString(14)), decode.list(id, rs.getString(15)),
                decode.attributes(id, rs.getString(13), summary));
    }

    /** The stored rows of the events among {@code ids}, by id. */
    static Map<String, StoredEvent> storedRows(Connection c, Collection<String> ids) throws SQLException {
        Map<String, StoredEvent> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM events e WHERE e.id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredEvent row = StoredEvent.read(rs);
                    rows.put(row.id(), row);
                }
            }
        }
        return rows;
    }

    /**
     * Inserts new events and rewrites changed ones; events equal to the stored ones are left
     * alone. When an id occurs twice in {@code events}, the later one wins. Their search text
     * stays pending: the caller indexes it ({@link SearchBacklog#indexThrough}) once the sources
     * they cite are written too, before its transaction commits.
     */
    static ImportCounts upsert(Connection c, List<Event> events) throws SQLException {
        try (EventBulk bulk = new EventBulk(c)) {
            return bulk.upsert(events);
        }
    }

    /** Rewrites the search text of every event citing one of {@code sourceIds}. */
    static void reindexCiting(Connection c, Collection<String> sourceIds) throws SQLException {
        if (sourceIds.isEmpty()) {
            return;
        }
        Map<Long, LocalDate> citing = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.pk, e.date FROM events e WHERE EXISTS "
                + "(SELECT 1 FROM json_each(e.sources) j WHERE j.value IN (SELECT value FROM json_each(?)))")) {
            ps.setString(1, Sql.jsonArray(sourceIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    citing.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
                }
            }
        }
        try (EventWriter w = new EventWriter(c)) {
            w.reindex(citing);
        }
    }
}
