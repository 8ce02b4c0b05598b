package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * The prepared statements that write events (with their source ids and tags, JSON array columns)
 * and their search text ({@code event_fts}), reused for a whole transaction and run as JDBC
 * batches: {@link #insert} and {@link #replace} only queue rows, {@link #flush} writes what is
 * queued with one batch per statement. One writer serves one transaction on one thread; the
 * caller chooses the row keys. Events are written in their {@link PreparedEvent} form.
 *
 * <p><b>Search text.</b> An event's index row has the rowid {@link SearchKey#of}(date, pk). FTS5
 * collects new rows in memory and must write that buffer out as a new index segment whenever a
 * rowid comes lower than the one before, so rows in date order cost one segment per import while
 * rows in file order would cost one per few rows. The writer therefore only notes each written
 * event (its key, row key and folded words) in the table {@code event_fts_pending}, and
 * {@link #writeText} indexes every pending event with one {@code INSERT … SELECT} in key order,
 * reading title, summary, place and the cited sources' titles from the rows (no second trip of
 * the text through JDBC). A transaction either calls {@link #writeText} before it commits or
 * leaves the pending rows to {@link SearchBacklog}, which a search waits for.
 */
final class EventWriter implements AutoCloseable {
    /** Indexes pending events (all of them, or those up to a key bound to the one placeholder). */
    static final String INDEX_PENDING = "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) "
            + "SELECT p.key, e.title, e.summary, coalesce(e.place, ''), coalesce((SELECT group_concat("
            + "s.title || ' ' || coalesce(s.publisher || ' ', ''), '' ORDER BY j.key) "
            + "FROM json_each(e.sources) j JOIN sources s ON s.id = j.value), ''), p.alt "
            + "FROM event_fts_pending p JOIN events e ON e.pk = p.pk WHERE p.key <= ?1 ORDER BY p.key";

    private final Connection c;
    private final SearchText searchText;
    private final Utf8Json json = new Utf8Json();
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement deleteText;
    private final PreparedStatement deletePending;
    private final PreparedStatement insertPending;
    /** Search keys of replaced events queued since the last flush: their old text goes then. */
    private final List<Long> forgotten = new ArrayList<>();
    /** Events noted in the pending table by this writer and not yet indexed. */
    private int noted;
    private int queued;

    /** {@code sources} gives the sources whose title and publisher the search text holds (unknown ids add nothing). */
    EventWriter(Connection c, Function<String, Source> sources) throws SQLException {
        this.c = c;
        this.searchText = new SearchText(sources);
        // summary and attributes come as UTF-8 bytes (PreparedEvent) and are stored as the text they are
        insert = c.prepareStatement("INSERT INTO events (date, date_precision, title, summary, category, border, "
                + "crossing_id, lat, lon, place, attributes, sources, tags, id, pk) "
                + "VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?)");
        update = c.prepareStatement("UPDATE events SET date = ?, date_precision = ?, title = ?, "
                + "summary = CAST(? AS TEXT), category = ?, border = ?, crossing_id = ?, lat = ?, lon = ?, place = ?, "
                + "attributes = CAST(? AS TEXT), sources = ?, tags = ? WHERE id = ? AND pk = ?");
        deleteText = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
        deletePending = c.prepareStatement("DELETE FROM event_fts_pending WHERE key = ?");
        insertPending = c.prepareStatement("INSERT INTO event_fts_pending (key, pk, alt) VALUES (?, ?, ?)");
    }

    /** {@code e} in the form this writer writes, its sources' words from the writer's sources. */
    PreparedEvent prepare(Event e) {
        return PreparedEvent.of(e, searchText, json);
    }

    /** Events queued since the last {@link #flush}. */
    int queued() {
        return queued;
    }

    /** Events this writer noted in the pending table and has not indexed. */
    int pending() {
        return noted;
    }

    /** Queues a new event under row key {@code pk} (which no stored event has). */
    void insert(PreparedEvent e, long pk) throws SQLException {
        bind(insert, e, pk);
        queueText(pk, e.event.date(), e.alt);
        queued++;
    }

    /**
     * Queues the rewrite of the stored event with this id and row key: its columns and search
     * text are replaced; the row key stays. {@code oldKey} is the {@link SearchKey} of its stored
     * search text (made from the stored date).
     */
    void replace(PreparedEvent e, long pk, long oldKey) throws SQLException {
        forgetText(oldKey);
        bind(update, e, pk);
        queueText(pk, e.event.date(), e.alt);
        queued++;
    }

    /** Writes everything queued: old text out, then events and pending text in. */
    void flush() throws SQLException {
        if (queued == 0) {
            return;
        }
        removeForgotten();
        update.executeBatch();
        insert.executeBatch();
        insertPending.executeBatch();
        queued = 0;
    }

    /**
     * Indexes the search text of every pending event, in key order, with one statement: the
     * title, summary and place of its row, the titles and publishers of its sources (in their
     * order), and its folded words.
     */
    void writeText() throws SQLException {
        flush();
        if (noted == 0) {
            return;
        }
        SearchBacklog.indexThrough(c, Long.MAX_VALUE);
        noted = 0;
    }

    /** Replaces the search text of stored events, given by row key, at once. */
    void reindex(Map<Long, Event> events) throws SQLException {
        flush();
        for (Map.Entry<Long, Event> e : events.entrySet()) {
            Event event = e.getValue();
            forgetText(SearchKey.of(event.date(), e.getKey()));
            queueText(e.getKey(), event.date(),
                    searchText.alt(event.title(), event.summary(), event.place(), event.sourceIds()));
        }
        removeForgotten();
        insertPending.executeBatch();
        writeText();
    }

    /** Queues the removal of the search text under {@code key}, indexed or still pending. */
    private void forgetText(long key) {
        forgotten.add(key);
    }

    /**
     * Removes the search text of the events replaced since the last flush: from the pending table
     * when it waits there (written earlier in this transaction, or left by a bulk import not yet
     * indexed), from the index otherwise. One query tells which.
     */
    private void removeForgotten() throws SQLException {
        if (forgotten.isEmpty()) {
            return;
        }
        Set<Long> waiting = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT key FROM event_fts_pending WHERE key IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(forgotten));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.add(rs.getLong(1));
                }
            }
        }
        for (long key : forgotten) {
            PreparedStatement delete = waiting.contains(key) ? deletePending : deleteText;
            delete.setLong(1, key);
            delete.addBatch();
        }
        deleteText.executeBatch();
        deletePending.executeBatch();
        forgotten.clear();
    }

    private static void bind(PreparedStatement ps, PreparedEvent p, long pk) throws SQLException {
        Event e = p.event;
        ps.setString(1, p.date);
        ps.setString(2, e.datePrecision().code());
        ps.setString(3, e.title());
        ps.setBytes(4, p.summary);
        ps.setString(5, e.category().code());
        ps.setString(6, e.border().code());
        Sql.setText(ps, 7, e.crossingId());
        Sql.setReal(ps, 8, e.location() == null ? null : e.location().lat());
        Sql.setReal(ps, 9, e.location() == null ? null : e.location().lon());
        Sql.setText(ps, 10, e.place());
        ps.setBytes(11, p.attributes);
        ps.setString(12, p.sources);
        ps.setString(13, p.tags);
        ps.setString(14, e.id());
        ps.setLong(15, pk);
        ps.addBatch();
    }

    private void queueText(long pk, LocalDate date, String alt) throws SQLException {
        long key = SearchKey.of(date, pk);
        insertPending.setLong(1, key);
        insertPending.setLong(2, pk);
        insertPending.setString(3, alt);
        insertPending.addBatch();
        noted++;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : List.of(insert, update, deleteText, deletePending, insertPending)) {
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
