package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quantiles {@link BrowsingTrace} reports of the window's date changes. */
class BrowsingTraceTest {
    @Test
    void quantilesAreNearestRanks() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        assertEquals(10, BrowsingTrace.quantile(sorted, 0.5));
        assertEquals(19, BrowsingTrace.quantile(sorted, 0.95));
        assertEquals(20, BrowsingTrace.quantile(sorted, 1.0));
        assertEquals(7, BrowsingTrace.quantile(new double[] {7}, 0.95));
        assertTrue(Double.isNaN(BrowsingTrace.quantile(new double[0], 0.5)));
    }
}
