package org.borderwatch.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HeapInUseTest {
    private static final long MB = 1 << 20;
    private static volatile byte[] sink;

    @Test
    void countsWhatIsHeldNotWhatAnotherThreadAllocatesMeanwhile() throws Exception {
        long before = HeapInUse.afterFullCollection();
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            held.add(new byte[(int) MB]);
        }
        long holding = HeapInUse.afterFullCollection();
        assertTrue(holding - before >= 60 * MB, "64 MB held: " + (holding - before) / MB + " MB more");

        // a renderer's pace of garbage while the heap is read: it must not count
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            while (!stop.get()) {
                sink = new byte[(int) (4 * MB)];
            }
        });
        churn.start();
        try {
            for (int i = 0; i < 5; i++) {
                long reading = HeapInUse.afterFullCollection();
                assertTrue(Math.abs(reading - holding) < 16 * MB, "reading " + i + ": " + reading / MB
                        + " MB while " + holding / MB + " MB are held");
            }
        } finally {
            stop.set(true);
            churn.join();
        }
        assertEquals(64, held.size());
    }
}
