package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The re-import's note of ids it met: each id counts once, however often it comes, however many there are. */
class IdHashesTest {
    @Test
    void eachIdCountsOnceThroughEveryGrowth() {
        IdHashes ids = new IdHashes();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(ids.add("acled:POL" + i), "new: " + i);
        }
        for (int i = 0; i < 200_000; i += 7) {
            assertFalse(ids.add("acled:POL" + i), "again: " + i);
        }
        assertEquals(200_000, ids.size());
        assertTrue(ids.add("acled:FIN1"));
        assertTrue(ids.add(""), "even an empty id");
        assertEquals(200_002, ids.size());
    }
}
