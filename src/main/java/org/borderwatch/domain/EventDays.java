package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * How many events happened on each day, by border and category: what the timeline's histogram
 * shows and steps through, kept by the store as it writes events (so it is read in milliseconds
 * whatever the number of events) or counted from a list of events.
 *
 * <p>Held as running totals from the first to the last day with events, so the number of events
 * in any run of days is O(1) whatever its length or the zoom of the histogram; the days that have
 * events are a sorted array, so the next or previous one is O(log n). About 70 bytes a day.
 * Immutable and thread-safe.
 */
public final class EventDays {
    private static final int K = Category.values().length;
    private static final int B = Border.values().length;
    /** No events at all. */
    public static final EventDays NONE = new EventDays(0, 0, new int[K], new int[B], DaySteps.of(new long[0]));

    private final long first;
    private final int days;
    /** {@code byCategory[i * K + c]}: events of category c on the days before day i (i = 0 … days). */
    private final int[] byCategory;
    /** {@code byBorder[i * B + b]}: events of border b on the days before day i. */
    private final int[] byBorder;
    /** The days with at least one event. */
    private final DaySteps eventDays;

    private EventDays(long first, int days, int[] byCategory, int[] byBorder, DaySteps eventDays) {
        this.first = first;
        this.days = days;
        this.byCategory = byCategory;
        this.byBorder = byBorder;
        this.eventDays = eventDays;
    }

    /** The counts of {@code events}. O(n + days). */
    public static EventDays of(Iterable<Event> events) {
        Builder b = new Builder();
        for (Event e : events) {
            b.add(e.date().toEpochDay(), e.border(), e.category(), 1);
        }
        return b.build();
    }

    /** Collects counts (in any order; counts of the same day, border and category add up). */
    public static final class Builder {
        private long[] day = new long[256];
        private int[] kind = new int[256];
        private int[] count = new int[256];
        private int n;

        /** Adds {@code events} events of {@code border} and {@code category} on epoch day {@code epochDay}. */
        public Builder add(long epochDay, Border border, Category category, int events) {
            if (events < 0) {
                throw new IllegalArgumentException("a day cannot have " + events + " events");
            }
            if (n == day.length) {
                day = Arrays.copyOf(day, n * 2);
                kind = Arrays.copyOf(kind, n * 2);
                count = Arrays.copyOf(count, n * 2);
            }
            day[n] = epochDay;
            kind[n] = border.ordinal() * K + category.ordinal();
            count[n] = events;
            n++;
            return this;
        }

        public EventDays build() {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                if (count[i] > 0) {
                    lo = Math.min(lo, day[i]);
                    hi = Math.max(hi, day[i]);
                }
            }
            if (lo > hi) {
                return NONE;
            }
            if (hi - lo >= Integer.MAX_VALUE / (K + B) - 1) {
                throw new IllegalArgumentException("event days span " + (hi - lo) + " days, more than can be counted");
            }
            int span = (int) (hi - lo + 1);
            int[] perCategory = new int[span * K];
            int[] perBorder = new int[span * B];
            for (int i = 0; i < n; i++) {
                if (count[i] > 0) {
                    int d = (int) (day[i] - lo);
                    perCategory[d * K + kind[i] % K] += count[i];
                    perBorder[d * B + kind[i] / K] += count[i];
                }
            }
            int[] byCategory = running(perCategory, span, K);
            int[] byBorder = running(perBorder, span, B);
            long[] with = new long[span];
            int m = 0;
            for (int d = 0; d < span; d++) {
                if (sum(perBorder, d, B) > 0) {
                    with[m++] = lo + d;
                }
            }
            return new EventDays(lo, span, byCategory, byBorder, DaySteps.of(Arrays.copyOf(with, m)));
        }

        private static int sum(int[] perDay, int d, int width) {
            int s = 0;
            for (int k = 0; k < width; k++) {
                s += perDay[d * width + k];
            }
            return s;
        }

        private static int[] running(int[] perDay, int span, int width) {
            int[] before = new int[(span + 1) * width];
            for (int d = 0; d < span; d++) {
                for (int k = 0; k < width; k++) {
                    before[(d + 1) * width + k] = before[d * width + k] + perDay[d * width + k];
                }
            }
            return before;
        }
    }

    /** Whether there are no events. */
    public boolean isEmpty() {
        return eventDays.size() == 0;
    }

    /** The first day with an event, or {@code null} when there is none. */
    public LocalDate first() {
        return isEmpty() ? null : LocalDate.ofEpochDay(first);
    }

    /** The last day with an event, or {@code null} when there is none. */
    public LocalDate last() {
        return isEmpty() ? null : LocalDate.ofEpochDay(first + days - 1);
    }

    /** Events of category {@code c} in the {@code n} days from {@code start}. O(1). */
    public int count(LocalDate start, int n, Category c) {
        int s = index(start.toEpochDay());
        int e = Math.max(s, index(start.toEpochDay() + n));
        return byCategory[e * K + c.ordinal()] - byCategory[s * K + c.ordinal()];
    }

    /** Events of any category in the {@code n} days from {@code start}. O(1). */
    public int total(LocalDate start, int n) {
        int s = index(start.toEpochDay());
        int e = Math.max(s, index(start.toEpochDay() + n));
        int sum = 0;
        for (int b = 0; b < B; b++) {
            sum += byBorder[e * B + b] - byBorder[s * B + b];
        }
        return sum;
    }

    /** Events from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from}). */
    public int total(LocalDate from, LocalDate to) {
        long n = to.toEpochDay() - from.toEpochDay() + 1;
        return n <= 0 ? 0 : total(from, (int) Math.min(Integer.MAX_VALUE, n));
    }

    /** Events of {@code border} from {@code from} to {@code to}, both included. */
    public int count(LocalDate from, LocalDate to, Border border) {
        if (to.isBefore(from)) {
            return 0;
        }
        int s = index(from.toEpochDay());
        int e = index(to.toEpochDay() + 1);
        return byBorder[e * B + border.ordinal()] - byBorder[s * B + border.ordinal()];
    }

    /** The days with at least one event, to step from one to the next. */
    public DaySteps days() {
        return eventDays;
    }

    /** The running-total row of epoch day {@code day}, clamped to the counted days. */
    private int index(long day) {
        return (int) Math.max(0, Math.min(days, day - first));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventDays other && first == other.first && days == other.days
                && Arrays.equals(byCategory, other.byCategory) && Arrays.equals(byBorder, other.byBorder);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(first) * 31 + Arrays.hashCode(byBorder);
    }

    @Override
    public String toString() {
        return isEmpty() ? "no events" : total(first(), days) + " events on " + eventDays.size() + " days from "
                + first() + " to " + last();
    }
}
