package org.borderwatch.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.interop.AcledReader;
import org.borderwatch.interop.AcledSampleGenerator;
import org.borderwatch.store.Store;

/**
 * Measures the ACLED import: generates a synthetic export ({@link AcledSampleGenerator}), times
 * reading and mapping it alone, then times the whole import into a new store. For the
 * {@code bench} command, and runnable by itself:
 * {@code java -cp … org.borderwatch.cli.AcledImportBenchmark [ROWS]} (default 200,000).
 * Works in a temporary directory that it deletes afterwards.
 */
public final class AcledImportBenchmark {
    /**
     * One measurement.
     *
     * @param rows         rows in the file
     * @param fileBytes    its size
     * @param parseSeconds reading and mapping alone
     * @param totalSeconds the whole import into an empty store (reading, checking, writing)
     * @param cpuSeconds   CPU time of the importing thread during the whole import (SQLite runs
     *                     on it too): what the import costs when other programs share the cores
     */
    public record Measurement(long rows, long fileBytes, double parseSeconds, double totalSeconds, double cpuSeconds) {
        public double rowsPerSecond() {
            return rows / totalSeconds;
        }

        public double parseRowsPerSecond() {
            return rows / parseSeconds;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "ACLED import: %,d rows (%.1f MB) in %.2f s = %,.0f rows/s end to end; importing thread's CPU %.2f s "
                            + "= %,.0f rows per CPU second (read and map alone: %.2f s = %,.0f rows/s)",
                    rows, fileBytes / 1e6, totalSeconds, rowsPerSecond(), cpuSeconds, rows / cpuSeconds, parseSeconds,
                    parseRowsPerSecond());
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
            long t0 = System.nanoTime();
            long read = 0;
            try (AcledReader r = AcledReader.open(file)) {
                while (r.next() != null) {
                    read++;
                }
            }
            double parse = (System.nanoTime() - t0) / 1e9;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            try (Store store = Store.open(dir.resolve("bench.db"))) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                AcledImportResult result = AcledImportSupport.importFile(store, file, AcledImportOptions.DEFAULTS);
                double total = (System.nanoTime() - t1) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (result.added() != read) {
                    throw new IllegalStateException("the benchmark stored " + result.added() + " of " + read + " rows");
                }
                return new Measurement(read, Files.size(file), parse, total, cpu);
            }
        } finally {
            deleteTree(dir);
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        System.out.println(run(rows));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
