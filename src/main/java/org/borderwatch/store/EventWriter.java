package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * The prepared statements that write events, their child rows and their search text, used in
 * JDBC batches. One writer serves one transaction on one thread.
 */
final class EventWriter implements AutoCloseable {
    private final Connection c;
    private final Function<String, Source> sources;
    private final PreparedStatement upsert;
    private final PreparedStatement deleteSources;
    private final PreparedStatement insertSource;
    private final PreparedStatement deleteTags;
    private final PreparedStatement insertTag;
    private final PreparedStatement deleteText;
    private final PreparedStatement insertText;
    private final PreparedStatement keys;

    EventWriter(Connection c, Function<String, Source> sources) throws SQLException {
        this.c = c;
        this.sources = sources;
        upsert = c.prepareStatement("INSERT INTO events (id, date, date_precision, title, summary, category, border, "
                + "crossing_id, lat, lon, place, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision, "
                + "title = excluded.title, summary = excluded.summary, category = excluded.category, "
                + "border = excluded.border, crossing_id = excluded.crossing_id, lat = excluded.lat, "
                + "lon = excluded.lon, place = excluded.place, attributes = excluded.attributes");
        deleteSources = c.prepareStatement(ChildRows.deleteSql("event_source", "event_id"));
        insertSource = c.prepareStatement(ChildRows.insertSql("event_source", "event_id", "source_id"));
        deleteTags = c.prepareStatement(ChildRows.deleteSql("event_tag", "event_id"));
        insertTag = c.prepareStatement(ChildRows.insertSql("event_tag", "event_id", "tag"));
        deleteText = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
        insertText = c.prepareStatement(
                "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) VALUES (?, ?, ?, ?, ?, ?)");
        keys = c.prepareStatement("SELECT id, pk FROM events WHERE id IN (SELECT value FROM json_each(?))");
    }

    /**
     * Writes {@code events} (distinct ids). {@code stale} maps the ids among them that are stored
     * already to their row keys: their child rows and search text are replaced.
     */
    void write(List<Event> events, Map<String, Long> stale) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Long> s : stale.entrySet()) {
            deleteSources.setString(1, s.getKey());
            deleteSources.addBatch();
            deleteTags.setString(1, s.getKey());
            deleteTags.addBatch();
            deleteText.setLong(1, s.getValue());
            deleteText.addBatch();
        }
        deleteSources.executeBatch();
        deleteTags.executeBatch();
        deleteText.executeBatch();
        List<String> ids = new ArrayList<>(events.size());
        for (Event e : events) {
            upsert.setString(1, e.id());
            upsert.setString(2, e.date().toString());
            upsert.setString(3, e.datePrecision().code());
            upsert.setString(4, e.title());
            upsert.setString(5, e.summary());
            upsert.setString(6, e.category().code());
            upsert.setString(7, e.border().code());
            Sql.setText(upsert, 8, e.crossingId());
            Sql.setReal(upsert, 9, e.location() == null ? null : e.location().lat());
            Sql.setReal(upsert, 10, e.location() == null ? null : e.location().lon());
            Sql.setText(upsert, 11, e.place());
            upsert.setString(12, EventTable.writeAttributes(e.attributes()));
            upsert.addBatch();
            ids.add(e.id());
        }
        upsert.executeBatch();
        Map<String, Long> pks = new HashMap<>();
        keys.setString(1, Sql.jsonArray(ids));
        try (ResultSet rs = keys.executeQuery()) {
            while (rs.next()) {
                pks.put(rs.getString(1), rs.getLong(2));
            }
        }
        for (Event e : events) {
            addChildren(insertSource, e.id(), e.sourceIds());
            addChildren(insertTag, e.id(), e.tags());
            addText(pks.get(e.id()), e);
        }
        insertSource.executeBatch();
        insertTag.executeBatch();
        insertText.executeBatch();
    }

    /** Replaces the search text of stored events, given by row key. */
    void reindex(Map<Long, Event> events) throws SQLException {
        for (Long pk : events.keySet()) {
            deleteText.setLong(1, pk);
            deleteText.addBatch();
        }
        deleteText.executeBatch();
        for (Map.Entry<Long, Event> e : events.entrySet()) {
            addText(e.getKey(), e.getValue());
        }
        insertText.executeBatch();
    }

    private static void addChildren(PreparedStatement insert, String owner, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            insert.setString(1, owner);
            insert.setInt(2, i);
            insert.setString(3, values.get(i));
            insert.addBatch();
        }
    }

    private void addText(long pk, Event e) throws SQLException {
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
        insertText.setString(6, folded == all ? "" : folded);
        insertText.addBatch();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : List.of(upsert, deleteSources, insertSource, deleteTags, insertTag, deleteText,
                insertText, keys)) {
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
