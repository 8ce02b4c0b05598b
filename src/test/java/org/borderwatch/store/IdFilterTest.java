package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IdFilterTest {
    @Test
    void everyIdTakenIsPerhapsAndFewOthersAre() {
        IdFilter filter = new IdFilter();
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            filter.add("acled:RUS" + i);
        }
        for (int i = 0; i < n; i++) {
            assertTrue(filter.mightContain("acled:RUS" + i), "never no for an id it took: acled:RUS" + i);
        }
        int perhaps = 0;
        for (int i = 0; i < n; i++) {
            if (filter.mightContain("acled:POL" + i)) {
                perhaps++;
            }
        }
        assertTrue(perhaps < n / 1000, "ids it never took answered perhaps: " + perhaps + " of " + n);
    }

    @Test
    void idsThatDifferInOneCharacterOrItsPlaceAreTold() {
        IdFilter filter = new IdFilter();
        filter.add("2023-11-18-vaalimaa");
        assertTrue(filter.mightContain("2023-11-18-vaalimaa"));
        assertFalse(filter.mightContain("2023-11-18-vaalimab"));
        assertFalse(filter.mightContain("2023-11-81-vaalimaa"));
        assertFalse(filter.mightContain(""));
        Random random = new Random(7);
        IdFilter empty = new IdFilter();
        for (int i = 0; i < 1000; i++) {
            assertFalse(empty.mightContain(Long.toHexString(random.nextLong())), "an empty filter holds nothing");
        }
    }
}
