package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIndexTest {
    @Test
    void keysAreNumberedInTheOrderTheyCameAsAMapWouldNumberThem() {
        LongIndex index = new LongIndex(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random r = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            // negative, extreme and repeated keys; the index grows many times from room for four
            long key = switch (i % 5) {
                case 0 -> Long.MIN_VALUE + r.nextInt(100);
                case 1 -> Long.MAX_VALUE - r.nextInt(100);
                case 2 -> -r.nextInt(20_000);
                default -> r.nextLong() >> 40;
            };
            int number = index.add(key);
            assertEquals(expected.computeIfAbsent(key, k -> expected.size()), number, "key " + key);
        }
        assertEquals(expected.size(), index.size());
        expected.forEach((key, number) -> {
            assertEquals(number, index.indexOf(key));
            assertEquals(key, index.key(number));
        });
        assertEquals(-1, index.indexOf(12_345_678_901L));
    }

    @Test
    void aClearedIndexHoldsNothingAndNumbersFromZeroAgain() {
        LongIndex index = new LongIndex(8);
        for (long k = -100; k < 100; k++) {
            index.add(k * 31);
        }
        index.clear();
        assertEquals(0, index.size());
        assertEquals(-1, index.indexOf(31));
        assertEquals(0, index.add(7));
        assertEquals(1, index.add(-7));
        assertEquals(0, index.add(7));
    }
}
