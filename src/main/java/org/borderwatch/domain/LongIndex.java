package org.borderwatch.domain;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2 … in the order they are first added: an
 * open-addressing table of plain arrays, at most half full, with no object per key. For the
 * counting and bucketing that runs once per event or per point — grid cells of a frame's pins,
 * the day counts of an import — where a map of boxed keys costs more than the work it serves.
 * Not thread-safe.
 */
public final class LongIndex {
    private long[] keys;
    /** Each slot's number, or −1 for a free slot. */
    private int[] slots;
    private long[] byNumber;
    private int size;

    /** An index with room for {@code expected} keys before it grows. */
    public LongIndex(int expected) {
        int n = Integer.highestOneBit(Math.max(8, expected)) * 4;
        keys = new long[n];
        slots = new int[n];
        Arrays.fill(slots, -1);
        byNumber = new long[n / 2];
    }

    /** The number of {@code key}, given it now if it has none. */
    public int add(long key) {
        int mask = slots.length - 1;
        int h = hash(key) & mask;
        while (slots[h] >= 0) {
            if (keys[h] == key) {
                return slots[h];
            }
            h = (h + 1) & mask;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
            return add(key);
        }
        keys[h] = key;
        slots[h] = size;
        byNumber[size] = key;
        return size++;
    }

    /** The number of {@code key}, or −1 when it was not added. */
    public int indexOf(long key) {
        int mask = slots.length - 1;
        for (int h = hash(key) & mask; slots[h] >= 0; h = (h + 1) & mask) {
            if (keys[h] == key) {
                return slots[h];
            }
        }
        return -1;
    }

    /** How many keys have a number. */
    public int size() {
        return size;
    }

    /** The key numbered {@code number} ({@code 0 ≤ number < size()}). */
    public long key(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException(number);
        }
        return byNumber[number];
    }

    /** Forgets every key, keeping the room. */
    public void clear() {
        Arrays.fill(slots, -1);
        size = 0;
    }

    private void grow() {
        long[] old = Arrays.copyOf(byNumber, size);
        int n = slots.length * 2;
        keys = new long[n];
        slots = new int[n];
        Arrays.fill(slots, -1);
        byNumber = new long[n / 2];
        int count = size;
        size = 0;
        for (int i = 0; i < count; i++) {
            add(old[i]);
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }
}
