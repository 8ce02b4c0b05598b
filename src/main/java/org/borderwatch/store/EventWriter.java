package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * The prepared statements that write events, their child rows ({@code event_source},
 * {@code event_tag}) and their search text ({@code event_fts}), reused for a whole transaction and
 * run as JDBC batches: {@link #insert} and {@link #replace} only queue rows, {@link #flush}
 * writes what is queued with one batch per statement. One writer serves one transaction on one
 * thread; the caller chooses the row keys. Attributes are written in their stored form
 * ({@link FlatJson#writeStored}).
 *
 * <p><b>Search text.</b> An event's index row has the rowid {@link SearchKey#of}(date, pk). FTS5
 * collects new rows in memory and must write that buffer out as a new index segment whenever a
 * rowid comes lower than the one before, so rows in date order cost one segment per import while
 * rows in file order would cost one per few rows. The writer therefore only notes each written
 * event (its key, row key and folded words) in the temporary table {@code event_fts_pending} and
 * {@link #writeText} indexes them all at the end with one {@code INSERT … SELECT} in key order,
 * reading title, summary, place and the cited sources' titles from the rows just written (no
 * second trip of the text through JDBC). Callers must call {@link #writeText} before their
 * transaction commits.
 */
final class EventWriter implements AutoCloseable {
    private static final String PENDING = "temp.event_fts_pending";

    private final Connection c;
    private final SearchText searchText;
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement deleteSources;
    private final PreparedStatement insertSource;
    private final PreparedStatement deleteTags;
    private final PreparedStatement insertTag;
    private final PreparedStatement deleteText;
    private final PreparedStatement deletePending;
    private final PreparedStatement insertPending;
    /** Keys noted in the pending table and not yet indexed. */
    private final Set<Long> pending = new HashSet<>();
    private int queued;

    /** {@code sources} gives the sources whose title and publisher the search text holds (unknown ids add nothing). */
    EventWriter(Connection c, Function<String, Source> sources) throws SQLException {
        this.c = c;
        this.searchText = new SearchText(sources);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS event_fts_pending "
                    + "(key INTEGER PRIMARY KEY, pk INTEGER NOT NULL, alt TEXT NOT NULL)");
            st.execute("DELETE FROM " + PENDING);
        }
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
        deletePending = c.prepareStatement("DELETE FROM " + PENDING + " WHERE key = ?");
        insertPending = c.prepareStatement("INSERT INTO " + PENDING + " (key, pk, alt) VALUES (?, ?, ?)");
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
     * search text are replaced; the row key stays. {@code oldKey} is the {@link SearchKey} of
     * its stored search text (made from the stored date).
     */
    void replace(Event e, long pk, long oldKey) throws SQLException {
        deleteSources.setString(1, e.id());
        deleteSources.addBatch();
        deleteTags.setString(1, e.id());
        deleteTags.addBatch();
        forgetText(oldKey);
        bind(update, e, pk);
        queueChildren(e, pk);
    }

    /** Writes everything queued: old child rows and text out, then events, child rows and pending text in. */
    void flush() throws SQLException {
        if (queued == 0) {
            return;
        }
        deleteSources.executeBatch();
        deleteTags.executeBatch();
        deleteText.executeBatch();
        deletePending.executeBatch();
        update.executeBatch();
        insert.executeBatch();
        insertSource.executeBatch();
        insertTag.executeBatch();
        insertPending.executeBatch();
        queued = 0;
    }

    /**
     * Indexes the search text of every event written since the last call, in key order, with one
     * statement: the title, summary and place of its row, the titles and publishers of its
     * sources (in their order), and its folded words.
     */
    void writeText() throws SQLException {
        flush();
        if (pending.isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO event_fts (rowid, title, summary, place, sources, alt) "
                    + "SELECT p.key, e.title, e.summary, coalesce(e.place, ''), coalesce((SELECT group_concat("
                    + "s.title || ' ' || coalesce(s.publisher || ' ', ''), '' ORDER BY es.position) "
                    + "FROM event_source es JOIN sources s ON s.id = es.source_id WHERE es.event_id = e.id), ''), p.alt "
                    + "FROM " + PENDING + " p JOIN events e ON e.pk = p.pk ORDER BY p.key");
            st.executeUpdate("DELETE FROM " + PENDING);
        }
        pending.clear();
    }

    /** Replaces the search text of stored events, given by row key, at once. */
    void reindex(Map<Long, Event> events) throws SQLException {
        flush();
        for (Map.Entry<Long, Event> e : events.entrySet()) {
            long key = SearchKey.of(e.getValue().date(), e.getKey());
            forgetText(key);
            queueText(e.getKey(), e.getValue());
        }
        deleteText.executeBatch();
        deletePending.executeBatch();
        insertPending.executeBatch();
        writeText();
    }

    /** Queues the removal of the search text under {@code key}, indexed or still pending. */
    private void forgetText(long key) throws SQLException {
        if (pending.remove(key)) {
            deletePending.setLong(1, key);
            deletePending.addBatch();
        } else {
            deleteText.setLong(1, key);
            deleteText.addBatch();
        }
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
        ps.setString(11, FlatJson.writeStored(e.attributes(), e.summary()));
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

    private void queueText(long pk, Event e) throws SQLException {
        long key = SearchKey.of(e.date(), pk);
        insertPending.setLong(1, key);
        insertPending.setLong(2, pk);
        insertPending.setString(3, searchText.alt(e.title(), e.summary(), e.place(), e.sourceIds()));
        insertPending.addBatch();
        pending.add(key);
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : List.of(insert, update, deleteSources, insertSource, deleteTags, insertTag,
                deleteText, deletePending, insertPending)) {
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
