package org.borderwatch.ui;

import java.time.LocalDate;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;

/**
 * Events per day and category over a snapshot's range, summed into bins for the density
 * histogram. Built once per snapshot (O(events + days)); kept as running totals, so the sum over
 * any run of days is O(1) whatever the zoom. Immutable and thread-safe.
 */
public final class EventDensity {
    private static final int K = Category.values().length;
    private final LocalDate first;
    private final int days;
    /** {@code before[i * K + c]}: events of category c on the days before day i (i = 0 … days). */
    private final int[] before;

    private EventDensity(LocalDate first, int days, int[] before) {
        this.first = first;
        this.days = days;
        this.before = before;
    }

    /** Counts of {@code data}'s events from {@code first} to {@code last} (others are ignored). */
    public static EventDensity of(SituationData data, LocalDate first, LocalDate last) {
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        int[] counts = new int[Math.max(0, days) * K];
        for (Event e : data.events()) {
            long i = e.date().toEpochDay() - first.toEpochDay();
            if (i >= 0 && i < days) {
                counts[(int) i * K + e.category().ordinal()]++;
            }
        }
        int n = Math.max(0, days);
        int[] before = new int[(n + 1) * K];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < K; c++) {
                before[(i + 1) * K + c] = before[i * K + c] + counts[i * K + c];
            }
        }
        return new EventDensity(first, n, before);
    }

    /** Events of category {@code c} in the {@code n} days from {@code start} (clipped to the range). */
    public int count(LocalDate start, int n, Category c) {
        long s = Math.max(0, Math.min(days, start.toEpochDay() - first.toEpochDay()));
        long e = Math.max(s, Math.min(days, start.toEpochDay() - first.toEpochDay() + n));
        return before[(int) e * K + c.ordinal()] - before[(int) s * K + c.ordinal()];
    }

    /** Events of any category in the {@code n} days from {@code start}. */
    public int total(LocalDate start, int n) {
        int sum = 0;
        for (Category c : Category.values()) {
            sum += count(start, n, c);
        }
        return sum;
    }
}
