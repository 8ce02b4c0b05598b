package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.DaySteps;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.StatusInterval;

/**
 * The days on which something happens — an event, or a crossing's status changing — so the
 * timeline can step from one to the next. A status change on day X means the status on X differs
 * from the status on X−1; adjacent intervals with the same status are not a change. Immutable,
 * thread-safe; lookups are O(log n).
 */
public final class ChangeDays {
    private final DaySteps days;

    private ChangeDays(DaySteps days) {
        this.days = days;
    }

    /** The change days of a snapshot that holds its events. */
    public static ChangeDays of(SituationData data) {
        return of(data, EventDays.of(data.events()));
    }

    /**
     * The change days of the intervals of {@code data} and the days with events of {@code days}
     * (the store's counts: no event is read). O(n log n) in days plus intervals.
     */
    public static ChangeDays of(SituationData data, EventDays days) {
        LongStream.Builder b = LongStream.builder();
        for (long d : days.days().epochDays()) {
            b.add(d);
        }
        for (Crossing c : data.crossings()) {
            List<StatusInterval> list = data.intervals(c.id());
            for (int i = 0; i < list.size(); i++) {
                StatusInterval cur = list.get(i);
                StatusInterval prev = i > 0 ? list.get(i - 1) : null;
                boolean continues = prev != null && cur.from().equals(prev.until()) && prev.status() == cur.status();
                if (!continues) {
                    b.add(cur.from().toEpochDay());
                }
                StatusInterval next = i + 1 < list.size() ? list.get(i + 1) : null;
                boolean handedOver = next != null && next.from().equals(cur.until());
                if (cur.until() != null && !handedOver) {
                    b.add(cur.until().toEpochDay());
                }
            }
        }
        return new ChangeDays(DaySteps.of(b.build().toArray()));
    }

    /** The first change day after {@code d}, or {@code null} when there is none. */
    public LocalDate after(LocalDate d) {
        return days.after(d);
    }

    /** The last change day before {@code d}, or {@code null} when there is none. */
    public LocalDate before(LocalDate d) {
        return days.before(d);
    }

    /** How many distinct change days there are. */
    public int size() {
        return days.size();
    }
}
