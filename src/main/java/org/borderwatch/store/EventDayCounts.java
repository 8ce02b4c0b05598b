package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;

/**
 * Keeps the table {@code event_days} (events per day, border and category) in step with the
 * events an {@link EventWriter} writes: each written event adds one to its day, border and
 * category, each replaced one takes one from what it was; {@link #flush} applies the changes in
 * the writer's transaction (an upsert per changed count, a delete where one falls to zero), so
 * the counts commit or roll back with the events. One instance per writer, one thread.
 */
final class EventDayCounts implements AutoCloseable {
    private static final int CATEGORIES = Category.values().length;
    private static final int BORDERS = Border.values().length;

    private final PreparedStatement add;
    private final PreparedStatement dropEmpty;
    /** Pending changes by {@link #key}. */
    private final Map<Long, int[]> changes = new HashMap<>();

    EventDayCounts(Connection c) throws SQLException {
        add = c.prepareStatement("INSERT INTO event_days (day, border, category, events) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (day, border, category) DO UPDATE SET events = events + excluded.events");
        dropEmpty = c.prepareStatement("DELETE FROM event_days WHERE day = ? AND border = ? AND category = ? AND events <= 0");
    }

    /** Counts one more event on epoch day {@code day}. */
    void added(long day, Border border, Category category) {
        change(day, border, category, 1);
    }

    /** Counts one event fewer, as stored: its date text and its border and category codes. */
    void removed(String date, String border, String category) {
        change(java.time.LocalDate.parse(date).toEpochDay(), Border.parse(border), Category.parse(category), -1);
    }

    private void change(long day, Border border, Category category, int delta) {
        changes.computeIfAbsent(key(day, border, category), k -> new int[1])[0] += delta;
    }

    private static long key(long day, Border border, Category category) {
        return (day * BORDERS + border.ordinal()) * CATEGORIES + category.ordinal();
    }

    /** Writes the pending changes. */
    void flush() throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        boolean fell = false;
        for (Map.Entry<Long, int[]> e : changes.entrySet()) {
            int delta = e.getValue()[0];
            if (delta == 0) {
                continue;
            }
            bind(add, e.getKey());
            add.setInt(4, delta);
            add.addBatch();
            if (delta < 0) {
                bind(dropEmpty, e.getKey());
                dropEmpty.addBatch();
                fell = true;
            }
        }
        add.executeBatch();
        if (fell) {
            dropEmpty.executeBatch();
        }
        changes.clear();
    }

    private static void bind(PreparedStatement ps, long key) throws SQLException {
        long rest = Math.floorDiv(key, CATEGORIES);
        ps.setLong(1, Math.floorDiv(rest, BORDERS));
        ps.setString(2, Border.values()[(int) Math.floorMod(rest, BORDERS)].code());
        ps.setString(3, Category.values()[(int) Math.floorMod(key, CATEGORIES)].code());
    }

    @Override
    public void close() throws SQLException {
        try {
            add.close();
        } finally {
            dropEmpty.close();
        }
    }
}
