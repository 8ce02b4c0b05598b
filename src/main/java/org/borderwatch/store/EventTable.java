package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;

/**
 * Rows of {@code events}, {@code event_source}, {@code event_tag} and the search index
 * {@code event_fts}. This class is the only writer of events, so the index is rewritten here
 * whenever an event (or the title of a source it cites) changes.
 *
 * <p>Writes go in chunks of {@link #CHUNK}: the stored versions of a chunk's ids (if any) are read
 * with one query per table, unchanged events are skipped, and the rest is written with JDBC batches, a handful of
 * statements per chunk rather than several per event.
 */
final class EventTable {
    /** Events compared and written per round trip when upserting. */
    static final int CHUNK = 500;

    private static final String COLUMNS = "e.pk, e.id, e.date, e.date_precision, e.title, e.summary, e.category, "
            + "e.border, e.crossing_id, e.lat, e.lon, e.place, e.attributes";

    private EventTable() {
    }

    /** Every event, keyed by row key, in table order ({@code SituationData} sorts them by date). */
    static Map<Long, Event> loadAll(Connection c, ChildRows children) throws SQLException {
        return load(c, children, "", null);
    }

    /** The events whose ids are in {@code ids}, keyed by row key. */
    static Map<Long, Event> loadByIds(Connection c, ChildRows children, Collection<String> ids) throws SQLException {
        return load(c, children, " WHERE e.id IN (SELECT value FROM json_each(?))", Sql.jsonArray(ids));
    }

    /** The events whose row keys are in {@code pks}, keyed by row key. */
    static Map<Long, Event> loadByKeys(Connection c, ChildRows children, Collection<Long> pks) throws SQLException {
        return load(c, children, " WHERE e.pk IN (SELECT value FROM json_each(?))", Sql.jsonArray(pks));
    }

    /**
     * Events selected by {@code filter} (a WHERE and/or ORDER BY clause over {@code events e} with
     * at most one placeholder, bound to {@code param}); sources and tags come with one query each.
     */
    private static Map<Long, Event> load(Connection c, ChildRows children, String filter, String param)
            throws SQLException {
        String owners = param == null ? "" : " WHERE event_id IN (SELECT e.id FROM events e" + filter + ")";
        Map<String, List<String>> sources = children.group(c,
                "SELECT event_id, source_id FROM event_source" + owners + " ORDER BY event_id, position", param,
                ChildRows.TEXT_KEY);
        Map<String, List<String>> tags = children.group(c,
                "SELECT event_id, tag FROM event_tag" + owners + " ORDER BY event_id, position", param,
                ChildRows.TEXT_KEY);
        RowDecoder decode = new RowDecoder();
        Map<Long, Event> events = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM events e" + filter)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    Double lat = Sql.getReal(rs, 10);
                    Double lon = Sql.getReal(rs, 11);
                    events.put(rs.getLong(1), new Event(id, decode.date(rs.getString(3)),
                            decode.code(DatePrecision.class, rs.getString(4), DatePrecision::parse),
                            rs.getString(5), rs.getString(6), decode.code(Category.class, rs.getString(7), Category::parse),
                            decode.code(Border.class, rs.getString(8), Border::parse), rs.getString(9),
                            lat == null || lon == null ? null : new GeoPoint(lat, lon), rs.getString(12),
                            sources.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
                            decode.attributes(id, rs.getString(13))));
                }
            }
        }
        return events;
    }

    /**
     * Inserts new events and rewrites changed ones; events equal to the stored ones are left
     * alone. When an id occurs twice in {@code events}, the later one wins. {@code sources} gives
     * the source records whose titles the search index holds (unknown ids contribute no text).
     * The caller holds a transaction.
     */
    static ImportCounts upsert(Connection c, List<Event> events, Function<String, Source> sources) throws SQLException {
        Map<String, Event> unique = new LinkedHashMap<>();
        for (Event e : events) {
            unique.put(e.id(), e);
        }
        List<Event> list = new ArrayList<>(unique.values());
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (EventWriter w = new EventWriter(c, sources)) {
            for (int from = 0; from < list.size(); from += CHUNK) {
                List<Event> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
                List<String> ids = new ArrayList<>(chunk.size());
                for (Event e : chunk) {
                    ids.add(e.id());
                }
                Map<String, Long> storedPk = keysOf(c, ids);
                Map<String, Event> stored = new HashMap<>();
                if (!storedPk.isEmpty()) {
                    for (Event e : loadByKeys(c, new ChildRows(), storedPk.values()).values()) {
                        stored.put(e.id(), e);
                    }
                }
                List<Event> write = new ArrayList<>(chunk.size());
                Map<String, Long> stale = new LinkedHashMap<>();
                for (Event e : chunk) {
                    Event old = stored.get(e.id());
                    if (e.equals(old)) {
                        tally.unchanged++;
                    } else {
                        write.add(e);
                        if (old == null) {
                            tally.added++;
                        } else {
                            tally.updated++;
                            stale.put(e.id(), storedPk.get(e.id()));
                        }
                    }
                }
                w.write(write, stale);
            }
        }
        return tally.counts();
    }

    /** Row keys of the stored events among {@code ids}, by id. */
    private static Map<String, Long> keysOf(Connection c, List<String> ids) throws SQLException {
        Map<String, Long> keys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, pk FROM events WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return keys;
    }

    /** Rewrites the search text of every event citing one of {@code sourceIds}. */
    static void reindexCiting(Connection c, Collection<String> sourceIds, Function<String, Source> sources)
            throws SQLException {
        if (sourceIds.isEmpty()) {
            return;
        }
        Map<Long, Event> citing = load(c, new ChildRows(),
                " WHERE e.id IN (SELECT event_id FROM event_source WHERE source_id IN (SELECT value FROM json_each(?)))",
                Sql.jsonArray(sourceIds));
        try (EventWriter w = new EventWriter(c, sources)) {
            w.reindex(citing);
        }
    }

    static String writeAttributes(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return "{}";
        }
        try {
            return Json.MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event attributes as JSON", e);
        }
    }
}
