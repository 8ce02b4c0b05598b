package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    /** Marks a free slot: no day's {@link #key} comes near it. */
    private static final long FREE = Long.MIN_VALUE;
    /**
     * Pending changes: open addressing from {@link #key} to its change, at most half full (an
     * import counts every event here, and a map of boxed keys cost the writing thread a few
     * per cent of its time).
     */
    private long[] keys = freeKeys(1 << 12);
    private int[] deltas = new int[1 << 12];
    private int size;

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
        long key = key(day, border, category);
        int i = slot(key, keys.length - 1);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        if (keys[i] == FREE) {
            if (2 * (size + 1) > keys.length) {
                grow();
                change(day, border, category, delta);
                return;
            }
            keys[i] = key;
            deltas[i] = 0;
            size++;
        }
        deltas[i] += delta;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }

    private static long[] freeKeys(int n) {
        long[] k = new long[n];
        java.util.Arrays.fill(k, FREE);
        return k;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldDeltas = deltas;
        keys = freeKeys(oldKeys.length * 2);
        deltas = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != FREE) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != FREE) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                deltas[i] = oldDeltas[j];
            }
        }
    }

    private static long key(long day, Border border, Category category) {
        return (day * BORDERS + border.ordinal()) * CATEGORIES + category.ordinal();
    }

    /** Writes the gathered changes when there are many; the rest waits for {@link #flush}. */
    void flushIfLarge() throws SQLException {
        if (size > GATHERED) {
            flush();
        }
    }

    /** Writes every gathered change; call before the transaction commits. */
    void flush() throws SQLException {
        if (size == 0) {
            return;
        }
        boolean fell = false;
        for (int i = 0; i < keys.length; i++) {
            int delta = deltas[i];
            if (keys[i] == FREE || delta == 0) {
                continue;
            }
            bind(add, keys[i]);
            add.setInt(4, delta);
            add.addBatch();
            if (delta < 0) {
                bind(dropEmpty, keys[i]);
                dropEmpty.addBatch();
                fell = true;
            }
        }
        add.executeBatch();
        if (fell) {
            dropEmpty.executeBatch();
        }
        java.util.Arrays.fill(keys, FREE);
        size = 0;
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
