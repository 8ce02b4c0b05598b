package org.borderwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.interop.AcledReader;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.store.Store;

/**
 * Measures the ACLED import: generates a synthetic export ({@link AcledSampleGenerator}), times
 * reading and mapping it alone, then its import into a new store — once as the JVM's first import
 * (the just-in-time compiler still at work on the import's code), and once more into another new
 * store, the measured figure, as every figure of {@code bench} is taken after a warm-up — each
 * until its transaction has committed (every event on the map and the timeline); then a search
 * right after it, which waits until the store has indexed the import's search text; then the same
 * file again into that store (every row already stored with the same timestamp: nothing to
 * write). For the
 * {@code bench} command, and runnable by itself:
 * {@code java -cp … org.borderwatch.bench.AcledImportBenchmark [ROWS]} (default 200,000).
 * Works in a temporary directory that it deletes afterwards.
 *
 * <p>CPU times are reported beside wall times because the machine may be shared: the importing
 * thread's CPU time (SQLite runs on it too) is what the import itself costs; the process's CPU
 * time adds the JIT compilers and the garbage collector.
 */
public final class AcledImportBenchmark {
    /**
     * One measurement.
     *
     * @param rows            rows in the file
     * @param fileBytes       its size
     * @param parseSeconds    reading and mapping alone
     * @param parseCpuSeconds CPU time of the reading thread while reading and mapping alone
     * @param firstSeconds    the JVM's first import of the file, into an empty store
     * @param totalSeconds    the whole import into an empty store (reading, checking, writing, commit),
     *                        after that first one
     * @param cpuSeconds      CPU time of the importing thread during that import
     * @param processCpuSeconds CPU time of the whole process during that import (all threads)
     * @param peakHeapBytes   the most heap in use during that import (sampled every 5 ms, garbage
     *                        not yet collected included)
     * @param liveHeapBytes   the most heap left in use after a garbage collection during that import
     * @param searchableSeconds from the import's return to the end of a search made at once, which
     *                        waits for the search text the import left to index
     * @param againSeconds    importing the same file once more (all rows unchanged)
     * @param againCpuSeconds CPU time of the importing thread during that second import
     */
    public record Measurement(long rows, long fileBytes, double parseSeconds, double parseCpuSeconds,
                              double firstSeconds, double totalSeconds, double cpuSeconds, double processCpuSeconds, long peakHeapBytes,
                              long liveHeapBytes,
                              double searchableSeconds,
                              double againSeconds,
                              double againCpuSeconds) {
        public double rowsPerSecond() {
            return rows / totalSeconds;
        }

        /** The rate of the JVM's first import. */
        public double firstRowsPerSecond() {
            return rows / firstSeconds;
        }

        public double parseRowsPerSecond() {
            return rows / parseSeconds;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "ACLED import: %,d rows (%.1f MB) into an empty store in %.2f s = %,.0f rows/s end to end; "
                            + "importing thread's CPU %.2f s = %,.0f rows per CPU second; process CPU %.2f s; "
                            + "peak heap in use %.0f MB, after a collection %.0f MB%n"
                            + "  the JVM's first import of it (code still being compiled): %.2f s = %,.0f rows/s%n"
                            + "  searchable (a search waits for the index) %.2f s after the import returned%n"
                            + "  the same file again (all unchanged): %.2f s = %,.0f rows/s; thread CPU %.2f s = %,.0f rows per CPU second%n"
                            + "  read and map alone: %.2f s = %,.0f rows/s; thread CPU %.2f s = %,.0f rows per CPU second",
                    rows, fileBytes / 1e6, totalSeconds, rowsPerSecond(), cpuSeconds, rows / cpuSeconds,
                    processCpuSeconds, peakHeapBytes / 1e6, liveHeapBytes / 1e6, firstSeconds, firstRowsPerSecond(), searchableSeconds, againSeconds, rows / againSeconds, againCpuSeconds,
                    rows / againCpuSeconds, parseSeconds, parseRowsPerSecond(), parseCpuSeconds, rows / parseCpuSeconds);
        }
    }

    private AcledImportBenchmark() {
    }

    /** Generates {@code rows} rows in the current layout and measures their import. */
    public static Measurement run(int rows) throws Exception {
        Path dir = Files.createTempDirectory("borderwatch-acled-bench");
        try {
            Path file = dir.resolve("acled.csv");
            new AcledSampleGenerator(20_231_118L, AcledLayout.CURRENT).write(file, rows);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long parseCpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long read = 0;
            try (AcledReader r = AcledReader.open(file)) {
                while (r.next() != null) {
                    read++;
                }
            }
            double parse = (System.nanoTime() - t0) / 1e9;
            double parseCpu = (threads.getCurrentThreadCpuTime() - parseCpu0) / 1e9;
            double first;
            try (Store store = Store.open(dir.resolve("first.db"))) {
                long tf = System.nanoTime();
                AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS);
                first = (System.nanoTime() - tf) / 1e9;
            }
            Files.deleteIfExists(dir.resolve("first.db"));
            try (Store store = Store.open(dir.resolve("bench.db"))) {
                System.gc();
                HeapSampler heap = HeapSampler.start();
                long process0 = processCpuNanos();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                AcledImportResult result = AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS);
                double total = (System.nanoTime() - t1) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double processCpu = (processCpuNanos() - process0) / 1e9;
                long peak = heap.stop();
                long live = heap.liveAfterGc();
                if (result.added() != read) {
                    throw new IllegalStateException("the benchmark stored " + result.added() + " of " + read + " rows");
                }
                long ts = System.nanoTime();
                if (store.search("kuznica", 1).isEmpty()) {
                    throw new IllegalStateException("a search after the import found nothing");
                }
                double searchable = (System.nanoTime() - ts) / 1e9;
                cpu0 = threads.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                AcledImportResult again = AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS);
                double againTotal = (System.nanoTime() - t2) / 1e9;
                double againCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (again.unchanged() != read) {
                    throw new IllegalStateException("the second import left " + again.unchanged() + " of " + read
                            + " rows unchanged");
                }
                return new Measurement(read, Files.size(file), parse, parseCpu, first, total, cpu, processCpu, peak,
                        live, searchable, againTotal, againCpu);
            }
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        System.out.println(run(rows));
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * Watches the heap during an import: the most heap in use (polled every 5 ms, garbage not yet
     * collected included), and the most heap left in use right after a garbage collection — the
     * live data, which for a streaming import stays flat whatever the file's size.
     */
    static final class HeapSampler implements javax.management.NotificationListener {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong afterGc = new AtomicLong();
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();
        private final Thread thread;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(s, null, null);
                }
            }
            s.thread.start();
            return s;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) {
                    used += e.getValue().getUsed();
                }
            }
            afterGc.accumulateAndGet(used, Math::max);
        }

        /** Stops watching; the most heap in use seen. */
        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(this);
                    } catch (javax.management.ListenerNotFoundException absent) {
                        // it was never added to this one
                    }
                }
            }
            return peak.get();
        }

        /** The most heap left in use after a garbage collection (0 when none ran). */
        long liveAfterGc() {
            return afterGc.get();
        }
    }
}
