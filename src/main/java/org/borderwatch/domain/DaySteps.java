package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Days to step through, ascending and distinct: the next and the previous one of any day in
 * O(log n). What the timeline's steps from event to event (and from change to change) walk.
 * Immutable and thread-safe.
 */
public final class DaySteps {
    private final long[] days;

    /** @param epochDays days since 1970-01-01, ascending and distinct (not copied: do not change them) */
    private DaySteps(long[] epochDays) {
        this.days = epochDays;
    }

    /** The distinct days of {@code epochDays}, in any order and with repeats. */
    public static DaySteps of(long[] epochDays) {
        return new DaySteps(Arrays.stream(epochDays).sorted().distinct().toArray());
    }

    /** The first day after {@code d}, or {@code null} when there is none. */
    public LocalDate after(LocalDate d) {
        int i = Arrays.binarySearch(days, d.toEpochDay());
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < days.length ? LocalDate.ofEpochDay(days[next]) : null;
    }

    /** The last day before {@code d}, or {@code null} when there is none. */
    public LocalDate before(LocalDate d) {
        int i = Arrays.binarySearch(days, d.toEpochDay());
        int prev = i >= 0 ? i - 1 : -i - 2;
        return prev >= 0 ? LocalDate.ofEpochDay(days[prev]) : null;
    }

    /** How many days there are. */
    public int size() {
        return days.length;
    }

    /** The days as epoch days, ascending (a copy). */
    public long[] epochDays() {
        return days.clone();
    }
}
