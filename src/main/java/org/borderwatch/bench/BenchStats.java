package org.borderwatch.bench;

import java.util.Arrays;

/**
 * Timing of one measured operation: runs it a few times to warm the JIT up, then measures each of
 * {@code runs} calls and reports the median and the 95th percentile in milliseconds.
 */
final class BenchStats {
    /** An operation to time; may throw. */
    @FunctionalInterface
    interface Op {
        void run() throws Exception;
    }

    /**
     * @param median milliseconds
     * @param p95    milliseconds (nearest-rank)
     * @param runs   measured runs
     */
    record Timing(double median, double p95, int runs) {
    }

    private BenchStats() {
    }

    static Timing time(int warmup, int runs, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            op.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return of(ms);
    }

    static Timing of(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p95 = sorted[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)];
        return new Timing(median, p95, n);
    }
}
