package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.LongIndex;

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
    /** The days, borders and categories changed ({@link #key}), numbered, and each one's change. */
    private final LongIndex changed = new LongIndex(1 << 12);
    private int[] deltas = new int[1 << 12];

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
        int before = changed.size();
        int i = changed.add(key(day, border, category));
        if (i == before) {
            if (i == deltas.length) {
                deltas = java.util.Arrays.copyOf(deltas, 2 * i);
            }
            deltas[i] = 0;
        }
        deltas[i] += delta;
    }

    private static long key(long day, Border border, Category category) {
        return (day * BORDERS + border.ordinal()) * CATEGORIES + category.ordinal();
    }

    /** Writes the gathered changes when there are many; the rest waits for {@link #flush}. */
    void flushIfLarge() throws SQLException {
        if (changed.size() > GATHERED) {
            flush();
        }
    }

    /** Writes every gathered change; call before the transaction commits. */
    void flush() throws SQLException {
        if (changed.size() == 0) {
            return;
        }
        boolean fell = false;
        for (int i = 0; i < changed.size(); i++) {
            int delta = deltas[i];
            if (delta == 0) {
                continue;
            }
            bind(add, changed.key(i));
            add.setInt(4, delta);
            add.addBatch();
            if (delta < 0) {
                bind(dropEmpty, changed.key(i));
                dropEmpty.addBatch();
                fell = true;
            }
        }
        add.executeBatch();
        if (fell) {
            dropEmpty.executeBatch();
        }
        changed.clear();
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
