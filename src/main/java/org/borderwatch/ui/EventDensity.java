package org.borderwatch.ui;

import java.time.LocalDate;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;

/**
 * Events per day and category over a snapshot's range, summed into bins for the density
 * histogram. Built once per snapshot (O(events)); a bin sum is O(bin days · categories).
 * Immutable and thread-safe.
 */
public final class EventDensity {
    private static final int K = Category.values().length;
    private final LocalDate first;
    private final int days;
    private final int[] counts;

    private EventDensity(LocalDate first, int days, int[] counts) {
        this.first = first;
        this.days = days;
        this.counts = counts;
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
        return new EventDensity(first, days, counts);
    }

    /** Events of category {@code c} in the {@code n} days from {@code start} (clipped to the range). */
    public int count(LocalDate start, int n, Category c) {
        long s = Math.max(0, start.toEpochDay() - first.toEpochDay());
        long e = Math.min(days, start.toEpochDay() - first.toEpochDay() + n);
        int sum = 0;
        for (long i = s; i < e; i++) {
            sum += counts[(int) i * K + c.ordinal()];
        }
        return sum;
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
