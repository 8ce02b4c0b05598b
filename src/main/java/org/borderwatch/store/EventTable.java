package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
 */
final class EventTable {
    /** Events compared and written per round trip when upserting. */
    static final int CHUNK = 500;

    private static final String COLUMNS = "e.pk, e.id, e.date, e.date_precision, e.title, e.summary, e.category, "
            + "e.border, e.crossing_id, e.lat, e.lon, e.place, e.attributes";
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private EventTable() {
    }

    /** Every event, keyed by row key, in date order. */
    static Map<Long, Event> loadAll(Connection c, ChildRows children) throws SQLException {
        return load(c, children, " ORDER BY e.date, e.id", null);
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
                    events.put(rs.getLong(1), new Event(id, Sql.getDate(rs, 3), DatePrecision.parse(rs.getString(4)),
                            rs.getString(5), rs.getString(6), Category.parse(rs.getString(7)),
                            Border.parse(rs.getString(8)), rs.getString(9),
                            lat == null || lon == null ? null : new GeoPoint(lat, lon), rs.getString(12),
                            sources.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of()),
                            readAttributes(id, rs.getString(13))));
                }
            }
        }
        return events;
    }

    /**
     * Inserts new events and rewrites changed ones, {@link #CHUNK} at a time; events equal to the
     * stored ones are left alone. {@code sources} gives the source records whose titles the search
     * index holds (sources not found contribute no text). The caller holds a transaction.
     */
    static ImportCounts upsert(Connection c, List<Event> events, Function<String, Source> sources) throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (Writer w = new Writer(c, sources)) {
            for (int from = 0; from < events.size(); from += CHUNK) {
                List<Event> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
                List<String> ids = new ArrayList<>(chunk.size());
                for (Event e : chunk) {
                    ids.add(e.id());
                }
                Map<String, Event> stored = new LinkedHashMap<>();
                for (Event e : loadByIds(c, new ChildRows(), ids).values()) {
                    stored.put(e.id(), e);
                }
                for (Event e : chunk) {
                    Event old = stored.get(e.id());
                    if (e.equals(old)) {
                        tally.unchanged++;
                        continue;
                    }
                    w.write(e, old != null);
                    if (old == null) {
                        tally.added++;
                    } else {
                        tally.updated++;
                    }
                    stored.put(e.id(), e);
                }
            }
        }
        return tally.counts();
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
        try (Writer w = new Writer(c, sources)) {
            for (Map.Entry<Long, Event> e : citing.entrySet()) {
                w.index(e.getKey(), e.getValue(), true);
            }
        }
    }

    private static Map<String, String> readAttributes(String eventId, String json) throws SQLException {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(json, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new SQLException("attributes of event " + eventId + " are not a JSON object of strings", e);
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

    /** The prepared statements of one batch of writes. */
    private static final class Writer implements AutoCloseable {
        private final Function<String, Source> sources;
        private final PreparedStatement upsert;
        private final PreparedStatement deleteSources;
        private final PreparedStatement insertSource;
        private final PreparedStatement deleteTags;
        private final PreparedStatement insertTag;
        private final PreparedStatement deleteText;
        private final PreparedStatement insertText;

        Writer(Connection c, Function<String, Source> sources) throws SQLException {
            this.sources = sources;
            upsert = c.prepareStatement("INSERT INTO events (id, date, date_precision, title, summary, category, border, "
                    + "crossing_id, lat, lon, place, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision, "
                    + "title = excluded.title, summary = excluded.summary, category = excluded.category, "
                    + "border = excluded.border, crossing_id = excluded.crossing_id, lat = excluded.lat, "
                    + "lon = excluded.lon, place = excluded.place, attributes = excluded.attributes RETURNING pk");
            deleteSources = c.prepareStatement(ChildRows.deleteSql("event_source", "event_id"));
            insertSource = c.prepareStatement(ChildRows.insertSql("event_source", "event_id", "source_id"));
            deleteTags = c.prepareStatement(ChildRows.deleteSql("event_tag", "event_id"));
            insertTag = c.prepareStatement(ChildRows.insertSql("event_tag", "event_id", "tag"));
            deleteText = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
            insertText = c.prepareStatement(
                    "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) VALUES (?, ?, ?, ?, ?, ?)");
        }

        void write(Event e, boolean existed) throws SQLException {
            upsert.setString(1, e.id());
            Sql.setDate(upsert, 2, e.date());
            upsert.setString(3, e.datePrecision().code());
            upsert.setString(4, e.title());
            upsert.setString(5, e.summary());
            upsert.setString(6, e.category().code());
            upsert.setString(7, e.border().code());
            Sql.setText(upsert, 8, e.crossingId());
            Sql.setReal(upsert, 9, e.location() == null ? null : e.location().lat());
            Sql.setReal(upsert, 10, e.location() == null ? null : e.location().lon());
            Sql.setText(upsert, 11, e.place());
            upsert.setString(12, writeAttributes(e.attributes()));
            long pk;
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                pk = rs.getLong(1);
            }
            ChildRows.replace(deleteSources, insertSource, e.id(), e.sourceIds(), existed);
            ChildRows.replace(deleteTags, insertTag, e.id(), e.tags(), existed);
            index(pk, e, existed);
        }

        void index(long pk, Event e, boolean existed) throws SQLException {
            if (existed) {
                deleteText.setLong(1, pk);
                deleteText.executeUpdate();
            }
            StringBuilder cited = new StringBuilder();
            for (String id : e.sourceIds()) {
                Source s = sources.apply(id);
                if (s != null) {
                    cited.append(s.title()).append(' ');
                    if (s.publisher() != null) {
                        cited.append(s.publisher()).append(' ');
                    }
                }
            }
            String place = e.place() == null ? "" : e.place();
            String all = e.title() + ' ' + e.summary() + ' ' + place + ' ' + cited;
            String folded = TextFolding.fold(all);
            insertText.setLong(1, pk);
            insertText.setString(2, e.title());
            insertText.setString(3, e.summary());
            insertText.setString(4, place);
            insertText.setString(5, cited.toString());
            insertText.setString(6, folded.equals(all) ? "" : folded);
            insertText.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (PreparedStatement ps : List.of(upsert, deleteSources, insertSource, deleteTags, insertTag, deleteText,
                    insertText)) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
