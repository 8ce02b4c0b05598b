package org.borderwatch.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table {@code bench} prints: each figure with its goal, and its ratio against a naive baseline. */
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
     */
    record Row(String what, double value, double p95, String unit, String goal, boolean met, double baseline) {
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

    void note(String text) {
        notes.add(text);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-58s %12s %12s %-6s %-22s %-5s %14s%n", "measurement", "median", "p95", "unit", "goal",
                "met", "vs baseline");
        out.println("-".repeat(136));
        for (Row r : rows) {
            String ratio = "";
            if (!Double.isNaN(r.baseline()) && r.value() > 0) {
                boolean higherIsBetter = r.unit().endsWith("/s");
                double x = higherIsBetter ? r.value() / r.baseline() : r.baseline() / r.value();
                ratio = String.format(Locale.ROOT, "%.1f× better", x);
            }
            out.printf(Locale.ROOT, "%-58s %12s %12s %-6s %-22s %-5s %14s%n", r.what(), fmt(r.value()),
                    Double.isNaN(r.p95()) ? "" : fmt(r.p95()), r.unit(), r.goal(),
                    r.goal().isEmpty() ? "" : (r.met() ? "yes" : "NO"), ratio);
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
