package org.borderwatch.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code bench} prints: each figure with its goal, its ratio against the same figure on
 * the seed-only store in the same run ("vs seed": this store's cost over the seed store's), and
 * where there is one its ratio against a naive baseline ("vs baseline": how much better).
 */
final class BenchTable {
    /**
     * One row.
     *
     * @param what     what was measured
     * @param value    median (or the single figure)
     * @param p95      95th percentile, or NaN
     * @param unit     "ms", "s", "rows/s", "MB"
     * @param goal     the goal as text, or "" for information only
     * @param met      whether the goal is met (ignored without a goal)
     * @param baseline the naive baseline's median in the same unit, or NaN
     * @param seed     the same figure on the seed-only store, or NaN
     */
    record Row(String what, double value, double p95, String unit, String goal, boolean met, double baseline,
               double seed) {
        /** A row without a seed-store figure. */
        Row(String what, double value, double p95, String unit, String goal, boolean met, double baseline) {
            this(what, value, p95, unit, goal, met, baseline, Double.NaN);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Row r) {
        rows.add(r);
    }

    /** A timing in ms against an upper goal in ms (goal ≤ 0: information only), with an optional baseline. */
    void timing(String what, BenchStats.Timing t, double goalMs, BenchStats.Timing baseline) {
        add(new Row(what, t.median(), t.p95(), "ms", goalMs > 0 ? "p95 ≤ " + fmt(goalMs) + " ms" : "",
                goalMs <= 0 || t.p95() <= goalMs, baseline == null ? Double.NaN : baseline.median()));
    }

    /** A timing in ms against a p95 goal (≤ 0: none), beside the same timing on the seed store. */
    void timingVsSeed(String what, BenchStats.Timing t, double goalMs, BenchStats.Timing seed) {
        add(new Row(what, t.median(), t.p95(), "ms", goalMs > 0 ? "p95 ≤ " + fmt(goalMs) + " ms" : "",
                goalMs <= 0 || t.p95() <= goalMs, Double.NaN, seed == null ? Double.NaN : seed.median()));
    }

    void note(String text) {
        notes.add(text);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-64s %11s %10s %-6s %-24s %-4s %18s %13s%n", "measurement", "median", "p95", "unit",
                "goal", "met", "seed store (ratio)", "vs baseline");
        out.println("-".repeat(158));
        for (Row r : rows) {
            String ratio = "";
            if (!Double.isNaN(r.baseline()) && r.value() > 0) {
                boolean higherIsBetter = r.unit().endsWith("/s");
                double x = higherIsBetter ? r.value() / r.baseline() : r.baseline() / r.value();
                ratio = String.format(Locale.ROOT, "%.1f× better", x);
            }
            String seed = Double.isNaN(r.seed()) || r.seed() <= 0 ? ""
                    : String.format(Locale.ROOT, "%s (%.2f×)", fmt(r.seed()), r.value() / r.seed());
            out.printf(Locale.ROOT, "%-64s %11s %10s %-6s %-24s %-4s %18s %13s%n", r.what(), fmt(r.value()),
                    Double.isNaN(r.p95()) ? "" : fmt(r.p95()), r.unit(), r.goal(),
                    r.goal().isEmpty() ? "" : (r.met() ? "yes" : "NO"), seed, ratio);
        }
        for (String n : notes) {
            out.println(n);
        }
        out.flush();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
