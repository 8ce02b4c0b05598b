package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What changed between two days — the "since last week's brief" view: every crossing whose status
 * changed on a day in {@code (from, to]}, and every event dated in {@code (from, to]}. The first day
 * itself is excluded because the earlier brief already showed it; the second is included. When
 * {@code to} is before {@code from} the two are swapped.
 *
 * <p>A status change on day X means the status on X differs from the status on X−1 (see
 * {@link StatusInterval}'s day rule); adjacent intervals with the same status are no change. A day
 * no interval covers has {@link Status#UNTRACKED} (before the crossing's record starts) or
 * {@link Status#UNKNOWN}; the first status after either is the start of a record, which
 * {@link StatusChange#isRecordStart()} tells apart from a change.
 *
 * @param from          first day (exclusive)
 * @param to            last day (inclusive)
 * @param statusChanges status changes, by date, then in the data's crossing order
 * @param events        events, oldest first
 */
public record SituationDiff(LocalDate from, LocalDate to, List<StatusChange> statusChanges, List<Event> events) {

    /** One item of the list: a status change or an event. */
    public sealed interface Entry permits StatusChange, EventEntry {
        /** The day it happened. */
        LocalDate date();
    }

    /**
     * A crossing's status changed on {@code date}.
     *
     * @param crossing the crossing
     * @param date     first day of the new status
     * @param before   status on the day before
     * @param after    status from {@code date}
     * @param interval the interval that starts the new status, or {@code null} when it became unknown
     */
    public record StatusChange(Crossing crossing, LocalDate date, Status before, Status after,
                               StatusInterval interval) implements Entry {
        public StatusChange {
            if (crossing == null || date == null || before == null || after == null || before == after) {
                throw new IllegalArgumentException("a status change needs a crossing, a date and two different statuses");
            }
        }

        /** True when this is where the crossing's record starts (the day before was not tracked or had no data). */
        public boolean isRecordStart() {
            return !before.isKnown() && after.isKnown();
        }
    }

    /** An event, as an entry of the list. */
    public record EventEntry(Event event) implements Entry {
        @Override
        public LocalDate date() {
            return event.date();
        }
    }

    public SituationDiff {
        statusChanges = List.copyOf(statusChanges);
        events = List.copyOf(events);
    }

    /** The changes between {@code d1} and {@code d2} in {@code data}. O(crossings · intervals + k). */
    public static SituationDiff between(SituationData data, LocalDate d1, LocalDate d2) {
        return between(data, data, d1, d2);
    }

    /**
     * The changes between {@code d1} and {@code d2}: status changes from the intervals of
     * {@code data}, the events of the days after {@code d1} up to {@code d2} from {@code events}.
     *
     * @throws EventsUnavailableException when the events cannot be read
     */
    public static SituationDiff between(SituationData data, EventSource events, LocalDate d1, LocalDate d2) {
        LocalDate from = d2.isBefore(d1) ? d2 : d1;
        LocalDate to = d2.isBefore(d1) ? d1 : d2;
        return new SituationDiff(from, to, statusChanges(data, from, to), events.eventsBetween(from.plusDays(1), to));
    }

    /**
     * The status changes of the days after {@code from} up to {@code to} ({@code from} not after
     * {@code to}), by day and, within a day, in the data's order of the crossings.
     * O(crossings · intervals + k).
     */
    public static List<StatusChange> statusChanges(SituationData data, LocalDate from, LocalDate to) {
        List<StatusChange> changes = new ArrayList<>();
        for (Crossing c : data.crossings()) {
            for (LocalDate day : boundaryDays(c, data.intervals(c.id()), from, to)) {
                CrossingStatus after = data.statusOn(c, day);
                Status b = data.statusOn(c, day.minusDays(1)).status();
                if (after.status() != b) {
                    changes.add(new StatusChange(c, day, b, after.status(), after.interval()));
                }
            }
        }
        // stable sort: crossings keep the data's order within a day
        changes.sort(Comparator.comparing(StatusChange::date));
        return changes;
    }

    /** Days in (from, to] on which an interval or the untracked period starts or ends, ascending and distinct. */
    private static List<LocalDate> boundaryDays(Crossing c, List<StatusInterval> intervals, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        if (c.trackedFrom() != null) {
            addIfInside(days, c.trackedFrom(), from, to);
        }
        for (StatusInterval i : intervals) {
            addIfInside(days, i.from(), from, to);
            if (i.until() != null) {
                addIfInside(days, i.until(), from, to);
            }
        }
        return days.stream().distinct().sorted().toList();
    }

    private static void addIfInside(List<LocalDate> days, LocalDate d, LocalDate from, LocalDate to) {
        if (d.isAfter(from) && !d.isAfter(to)) {
            days.add(d);
        }
    }

    /** Status changes and events in one list by date; on one day the status changes come first. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(statusChanges.size() + events.size());
        all.addAll(statusChanges);
        events.forEach(e -> all.add(new EventEntry(e)));
        all.sort(Comparator.comparing(Entry::date));
        return all;
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return statusChanges.isEmpty() && events.isEmpty();
    }
}
