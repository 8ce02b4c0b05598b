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
 * the counts commit or roll back with the events.
 *
 * <p>Changes are gathered in memory — one entry per day, border and category changed, at most
 * some 90,000 for five years whatever the number of events — and written when
 * {@link #flushIfLarge} finds more than {@value #GATHERED} of them, and at the end of the
 * writer's work ({@link #flush}): an import of a million events in random date order writes each
 * count a few times instead of once per event. One instance per writer, one thread.
 */
final class EventDayCounts implements AutoCloseable {
    private static final int CATEGORIES = Category.values().length;
    private static final int BORDERS = Border.values().length;

    /** Changes gathered before {@link #flushIfLarge} writes them. */
    static final int GATHERED = 20_000;

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

    /** Writes the gathered changes when there are many; the rest waits for {@link #flush}. */
    void flushIfLarge() throws SQLException {
        if (changes.size() > GATHERED) {
            flush();
        }
    }

    /** Writes every gathered change; call before the transaction commits. */
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
