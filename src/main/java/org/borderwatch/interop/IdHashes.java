package org.borderwatch.interop;

/**
 * A set of event ids held as 64-bit hashes in one open-addressed array: 8 to 16 bytes an id
 * instead of the hundred a set of strings costs. Two different ids share a hash with probability
 * about n²/2⁶⁵ — for a million ids, one in some 36 million imports — which would only miscount one
 * id in an import's summary. Not thread-safe.
 */
final class IdHashes {
    private static final long EMPTY = 0;
    private long[] slots = new long[16];
    private int size;

    /** Adds {@code id}; whether it was new. */
    boolean add(String id) {
        long h = hash(id);
        if (size * 2 >= slots.length) {
            grow();
        }
        if (put(slots, h)) {
            size++;
            return true;
        }
        return false;
    }

    /** How many ids were added. */
    int size() {
        return size;
    }

    private boolean put(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = h;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old) {
            if (h != EMPTY) {
                put(slots, h);
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a finalising mix; never 0 (the empty slot). */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
