package org.borderwatch.services;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The heap a program holds: what a full collection left, as the collector reported it when that
 * collection ended. Reading the heap's "used" after {@code System.gc()} is not that: the request
 * may pass without a full collection (G1 skips it while a thread holds an array for native code,
 * as the renderer does), and the reading counts what every thread allocated since — a window's
 * frame buffers are megabytes a pulse. One and the same window so read 105–174 MB.
 */
public final class HeapInUse {
    /** Requests for a full collection before giving up and reading the heap as it is. */
    private static final int TRIES = 20;

    private HeapInUse() {
    }

    /**
     * Runs a full collection and gives the bytes of heap in use right after it. Asks again (a few
     * milliseconds apart) until the collector reports one; a collector without a separate full
     * collection (or without {@code com.sun.management}) is read just after the request.
     */
    public static long afterFullCollection() {
        GarbageCollectorMXBean full = fullCollector();
        for (int i = 0; i < TRIES && full != null; i++) {
            long before = full.getCollectionCount();
            System.gc();
            if (full.getCollectionCount() > before && full instanceof com.sun.management.GarbageCollectorMXBean g) {
                com.sun.management.GcInfo info = g.getLastGcInfo();
                if (info != null) {
                    return heapUsed(info.getMemoryUsageAfterGc());
                }
            }
            LockSupport.parkNanos(5_000_000);
        }
        if (full == null) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The collector of the whole heap: G1's "G1 Old Generation", Serial's "MarkSweepCompact", Parallel's "PS MarkSweep". */
    private static GarbageCollectorMXBean fullCollector() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = gc.getName();
            if (name.contains("Old") || name.contains("MarkSweep")) {
                return gc;
            }
        }
        return null;
    }

    private static long heapUsed(Map<String, MemoryUsage> byPool) {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        return used;
    }
}
