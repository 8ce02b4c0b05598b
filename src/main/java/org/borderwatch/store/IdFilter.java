package org.borderwatch.store;

/**
 * A set of event ids that may answer "perhaps" for an id it never took, but never "no" for one it
 * did (a Bloom filter of 2²⁵ bits, 4 MB, five probes per id): with a million ids, one id in some
 * ten thousand that it never took is answered "perhaps"; with five million, one in twenty-five. A
 * bulk import asks it which ids of a batch may be stored at all, and asks the store only about
 * those ({@link EventBulk}).
 */
final class IdFilter {
    private static final int BITS_LOG2 = 25;
    private static final int MASK = (1 << BITS_LOG2) - 1;
    private static final int PROBES = 5;

    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    /** Takes {@code id}. */
    void add(String id) {
        long h = hash(id);
        int a = (int) h;
        int b = (int) (h >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (a + i * b) & MASK;
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False only when {@code id} was never taken. */
    boolean mightContain(String id) {
        long h = hash(id);
        int a = (int) h;
        int b = (int) (h >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (a + i * b) & MASK;
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser, so that every bit depends on every unit. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
