package org.borderwatch.domain;

import java.time.LocalDate;

/**
 * Which events belong to the situation on a date D: those of the last {@code days} days ending
 * at D (inclusive: D−days+1 … D), or, cumulatively, every event from {@code since} to D.
 *
 * @param cumulative true for "since a start date"
 * @param days       window length in days (≥ 1) when not cumulative
 * @param since      start date when cumulative (inclusive)
 */
public record TimeWindow(boolean cumulative, int days, LocalDate since) {
    /** The default window: the last 30 days. */
    public static final TimeWindow DEFAULT = lastDays(30);

    public TimeWindow {
        if (cumulative && since == null) {
            throw new IllegalArgumentException("a cumulative window needs a start date");
        }
        if (!cumulative && days < 1) {
            throw new IllegalArgumentException("a window needs at least one day, not " + days);
        }
    }

    public static TimeWindow lastDays(int days) {
        return new TimeWindow(false, days, null);
    }

    public static TimeWindow since(LocalDate start) {
        return new TimeWindow(true, 0, start);
    }

    /** First day of the window that ends at {@code d} (inclusive); never before {@link LocalDate#MIN}. */
    public LocalDate start(LocalDate d) {
        if (cumulative) {
            return since;
        }
        long first = d.toEpochDay() - (days - 1L);
        return first < LocalDate.MIN.toEpochDay() ? LocalDate.MIN : LocalDate.ofEpochDay(first);
    }
}
