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
        probe(id, true);
    }

    /** False only when {@code id} was never taken. */
    boolean mightContain(String id) {
        return probe(id, false);
    }

    /** Sets ({@code take}) or tests the bits of {@code id}; whether all were set before. */
    private boolean probe(String id, boolean take) {
        long h = hash(id);
        int a = (int) h;
        int b = (int) (h >>> 32) | 1;
        boolean all = true;
        for (int i = 0; i < PROBES; i++) {
            int bit = (a + i * b) & MASK;
            long mask = 1L << bit;
            if ((bits[bit >>> 6] & mask) == 0) {
                if (!take) {
                    return false;
                }
                all = false;
                bits[bit >>> 6] |= mask;
            }
        }
        return all;
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
