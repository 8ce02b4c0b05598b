package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * The prepared statements that write events, their child rows ({@code event_source},
 * {@code event_tag}) and their search text ({@code event_fts}), reused for a whole transaction and
 * run as JDBC batches: {@link #insert} and {@link #replace} only queue rows, {@link #flush}
 * writes what is queued with one batch per statement. One writer serves one transaction on one
 * thread; the caller chooses the row keys (an event's {@code pk} is the rowid of its search text).
 */
final class EventWriter implements AutoCloseable {
    private final Function<String, Source> sources;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement deleteSources;
    private final PreparedStatement insertSource;
    private final PreparedStatement deleteTags;
    private final PreparedStatement insertTag;
    private final PreparedStatement deleteText;
    private final PreparedStatement insertText;
    private final StringBuilder text = new StringBuilder(512);
    private int queued;

    /** {@code sources} gives the sources whose title and publisher the search text holds (unknown ids add nothing). */
    EventWriter(Connection c, Function<String, Source> sources) throws SQLException {
        this.sources = sources;
        insert = c.prepareStatement("INSERT INTO events (date, date_precision, title, summary, category, border, "
                + "crossing_id, lat, lon, place, attributes, id, pk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        update = c.prepareStatement("UPDATE events SET date = ?, date_precision = ?, title = ?, summary = ?, "
                + "category = ?, border = ?, crossing_id = ?, lat = ?, lon = ?, place = ?, attributes = ? "
                + "WHERE id = ? AND pk = ?");
        deleteSources = c.prepareStatement(ChildRows.deleteSql("event_source", "event_id"));
        insertSource = c.prepareStatement(ChildRows.insertSql("event_source", "event_id", "source_id"));
        deleteTags = c.prepareStatement(ChildRows.deleteSql("event_tag", "event_id"));
        insertTag = c.prepareStatement(ChildRows.insertSql("event_tag", "event_id", "tag"));
        deleteText = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
        insertText = c.prepareStatement(
                "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Events queued since the last {@link #flush}. */
    int queued() {
        return queued;
    }

    /** Queues a new event under row key {@code pk} (which no stored event has). */
    void insert(Event e, long pk) throws SQLException {
        bind(insert, e, pk);
        queueChildren(e, pk);
    }

    /**
     * Queues the rewrite of the stored event with this id and row key: its columns, child rows and
     * search text are replaced; the row key stays.
     */
    void replace(Event e, long pk) throws SQLException {
        deleteSources.setString(1, e.id());
        deleteSources.addBatch();
        deleteTags.setString(1, e.id());
        deleteTags.addBatch();
        deleteText.setLong(1, pk);
        deleteText.addBatch();
        bind(update, e, pk);
        queueChildren(e, pk);
    }

    /** Writes everything queued: old child rows and text out, then events, child rows and text in. */
    void flush() throws SQLException {
        if (queued == 0) {
            return;
        }
        deleteSources.executeBatch();
        deleteTags.executeBatch();
        deleteText.executeBatch();
        update.executeBatch();
        insert.executeBatch();
        insertSource.executeBatch();
        insertTag.executeBatch();
        insertText.executeBatch();
        queued = 0;
    }

    /** Replaces the search text of stored events, given by row key, at once. */
    void reindex(Map<Long, Event> events) throws SQLException {
        flush();
        for (Map.Entry<Long, Event> e : events.entrySet()) {
            deleteText.setLong(1, e.getKey());
            deleteText.addBatch();
            queueText(e.getKey(), e.getValue());
        }
        deleteText.executeBatch();
        insertText.executeBatch();
    }

    private static void bind(PreparedStatement ps, Event e, long pk) throws SQLException {
        ps.setString(1, e.date().toString());
        ps.setString(2, e.datePrecision().code());
        ps.setString(3, e.title());
        ps.setString(4, e.summary());
        ps.setString(5, e.category().code());
        ps.setString(6, e.border().code());
        Sql.setText(ps, 7, e.crossingId());
        Sql.setReal(ps, 8, e.location() == null ? null : e.location().lat());
        Sql.setReal(ps, 9, e.location() == null ? null : e.location().lon());
        Sql.setText(ps, 10, e.place());
        ps.setString(11, FlatJson.writeObject(e.attributes()));
        ps.setString(12, e.id());
        ps.setLong(13, pk);
        ps.addBatch();
    }

    private void queueChildren(Event e, long pk) throws SQLException {
        addChildren(insertSource, e.id(), e.sourceIds());
        addChildren(insertTag, e.id(), e.tags());
        queueText(pk, e);
        queued++;
    }

    private static void addChildren(PreparedStatement insert, String owner, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            insert.setString(1, owner);
            insert.setInt(2, i);
            insert.setString(3, values.get(i));
            insert.addBatch();
        }
    }

    /**
     * The search text of one event: title, summary, place, the titles and publishers of its
     * sources, and (in {@code alt}) the whole text with ł, ø, ß … folded when folding changes it.
     */
    private void queueText(long pk, Event e) throws SQLException {
        StringBuilder cited = text;
        cited.setLength(0);
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
        String citedText = cited.toString();
        String all = e.title() + ' ' + e.summary() + ' ' + place + ' ' + citedText;
        String folded = TextFolding.fold(all);
        insertText.setLong(1, pk);
        insertText.setString(2, e.title());
        insertText.setString(3, e.summary());
        insertText.setString(4, place);
        insertText.setString(5, citedText);
        insertText.setString(6, folded == all ? "" : folded);
        insertText.addBatch();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : List.of(insert, update, deleteSources, insertSource, deleteTags, insertTag,
                deleteText, insertText)) {
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
