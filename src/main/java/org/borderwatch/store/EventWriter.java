package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Event;

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
 * rows in file order would cost one per few rows. The writer therefore only notes the row key of
 * each written event in the table {@code event_fts_pending}, and {@link #writeText} indexes every
 * pending event with one {@code INSERT … SELECT} in key order ({@link SearchBacklog}), reading the
 * text from the rows (no second trip through JDBC). A transaction either calls {@link #writeText}
 * before it commits or leaves the pending rows to {@link SearchBacklog}, which a search waits for.
 */
final class EventWriter implements AutoCloseable {
    private final Connection c;
    private final Utf8Json json = new Utf8Json();
    private final SearchText text = new SearchText(id -> null);
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement deleteText;
    private final PreparedStatement insertPending;
    private final EventDayCounts days;
    /** Replaced events queued since the last flush, by row key, with the search key of their stored text. */
    private final Map<Long, Long> forgotten = new LinkedHashMap<>();
    /** Events noted in the pending table by this writer and not yet indexed. */
    private int noted;
    private int queued;

    EventWriter(Connection c) throws SQLException {
        this.c = c;
        // summary and attributes come as UTF-8 bytes (PreparedEvent) and are stored as the text they are
        insert = c.prepareStatement("INSERT INTO events (date, date_precision, title, summary, category, border, "
                + "crossing_id, lat, lon, place, attributes, sources, tags, id, pk) "
                + "VALUES (?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?, ?)");
        update = c.prepareStatement("UPDATE events SET date = ?, date_precision = ?, title = ?, "
                + "summary = CAST(? AS TEXT), category = ?, border = ?, crossing_id = ?, lat = ?, lon = ?, place = ?, "
                + "attributes = CAST(? AS TEXT), sources = ?, tags = ? WHERE id = ? AND pk = ?");
        deleteText = c.prepareStatement("DELETE FROM event_fts WHERE rowid = ?");
        insertPending = c.prepareStatement("INSERT INTO event_fts_pending (pk, alt) VALUES (?, ?)");
        days = new EventDayCounts(c);
    }

    /** {@code e} in the form this writer writes. */
    PreparedEvent prepare(Event e) {
        return PreparedEvent.of(e, json, text);
    }

    /** Events this writer noted in the pending table and has not indexed. */
    int pending() {
        return noted;
    }

    /** Queues a new event under row key {@code pk} (which no stored event has). */
    void insert(PreparedEvent e, long pk) throws SQLException {
        bind(insert, e, pk);
        queuePending(pk, e.alt);
        days.added(e.day, e.event.border(), e.event.category());
        queued++;
    }

    /**
     * Queues the rewrite of the stored event {@code old} (with this id): its columns and search
     * text are replaced; the row key stays.
     */
    void replace(PreparedEvent e, StoredKey old) throws SQLException {
        forgotten.put(old.pk(), old.searchKey());
        bind(update, e, old.pk());
        days.removed(old.date(), old.border(), old.category());
        days.added(e.day, e.event.border(), e.event.category());
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
        days.flushIfLarge();
        queued = 0;
    }

    /** Writes everything queued and the day counts of all events written; call before the transaction commits. */
    void finish() throws SQLException {
        flush();
        days.flush();
    }

    /** Indexes the search text of every pending event ({@link SearchBacklog#indexThrough}). */
    void writeText() throws SQLException {
        flush();
        if (noted == 0) {
            return;
        }
        SearchBacklog.indexThrough(c, Long.MAX_VALUE);
        noted = 0;
    }

    /** Replaces the search text of stored events, given by row key and their stored date, at once. */
    void reindex(Map<Long, LocalDate> events) throws SQLException {
        flush();
        for (Map.Entry<Long, LocalDate> e : events.entrySet()) {
            forgotten.put(e.getKey(), SearchKey.of(e.getValue(), e.getKey()));
        }
        removeForgotten();
        insertPending.executeBatch();
        writeText();
    }

    /**
     * Takes the search text of the events replaced since the last flush out of the index and
     * notes them as pending, so that their new text is indexed. An event still pending (written
     * earlier in this transaction, or by a bulk import not yet indexed) has no text in the index
     * and stays as it is: it is indexed from its row as that row is then. One query tells which.
     */
    private void removeForgotten() throws SQLException {
        if (forgotten.isEmpty()) {
            return;
        }
        Set<Long> waiting = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pk FROM event_fts_pending WHERE pk IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(forgotten.keySet()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.add(rs.getLong(1));
                }
            }
        }
        for (Map.Entry<Long, Long> f : forgotten.entrySet()) {
            if (!waiting.contains(f.getKey())) {
                deleteText.setLong(1, f.getValue());
                deleteText.addBatch();
                queuePending(f.getKey(), null);
            }
        }
        deleteText.executeBatch();
        if (!waiting.isEmpty()) {
            // their text changed while it waited: the indexing folds the rows as they are now
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE event_fts_pending SET alt = NULL WHERE pk IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, Sql.jsonArray(waiting));
                ps.executeUpdate();
            }
        }
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

    /** Notes {@code pk} as waiting for its search text; {@code alt}: its folded words, or null to fold its row when indexed. */
    private void queuePending(long pk, String alt) throws SQLException {
        insertPending.setLong(1, pk);
        Sql.setText(insertPending, 2, alt);
        insertPending.addBatch();
        noted++;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (SqlResource r : List.<SqlResource>of(insert::close, update::close, deleteText::close, insertPending::close,
                days::close)) {
            try {
                r.close();
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

    /** Something to close that may fail with an {@link SQLException}. */
    @FunctionalInterface
    private interface SqlResource {
        void close() throws SQLException;
    }
}
