package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one answer to "what was the situation on day D". The map, the timeline, the slides and the
 * {@code status} command all ask this function, so they always agree. Pure: the result depends
 * only on the crossings and intervals, the events of the window, the day and the window.
 *
 * <p>The status of the crossings needs crossings and intervals only; the events are those of the
 * window ending on D, asked of an {@link EventSource} — a store answers that from its date index —
 * so the cost follows the window, not the number of events held.
 */
public final class SituationAt {
    private SituationAt() {
    }

    /** The situation on {@code date} with the events of {@code window}, all from one snapshot. */
    public static Situation compute(SituationData data, LocalDate date, TimeWindow window) {
        return compute(data, data, date, window);
    }

    /**
     * The situation on {@code date}: every crossing's status from {@code status} (its events, if
     * any, are not used) and the events of {@code window} from {@code events}.
     *
     * @throws EventsUnavailableException when the events cannot be read
     */
    public static Situation compute(SituationData status, EventSource events, LocalDate date, TimeWindow window) {
        return of(status, date, window, events.eventsBetween(window.start(date), date));
    }

    /**
     * The situation on {@code date} with {@code windowEvents}, the events of {@code window} ending
     * on {@code date} already read (oldest first, by date then id).
     */
    public static Situation of(SituationData status, LocalDate date, TimeWindow window, List<Event> windowEvents) {
        return new Situation(date, window, statuses(status, date), windowEvents);
    }

    /** Every crossing's status on {@code date}, in the data's order: all that {@code status} needs. */
    public static List<CrossingStatus> statuses(SituationData data, LocalDate date) {
        List<CrossingStatus> statuses = new ArrayList<>(data.crossings().size());
        for (Crossing c : data.crossings()) {
            statuses.add(statusOf(data, c, date));
        }
        return statuses;
    }

    /**
     * The status of {@code c} on {@code date} ({@link SituationData#statusOn}) with the first day of
     * the run of adjacent intervals of that status and the status on the day before that run
     * ({@link Status#UNTRACKED} or {@link Status#UNKNOWN} where the record starts or resumes).
     * O(k log n) for a run of k intervals.
     */
    public static CrossingStatus statusOf(SituationData data, Crossing c, LocalDate date) {
        CrossingStatus on = data.statusOn(c, date);
        StatusInterval i = on.interval();
        if (i == null) {
            return on;
        }
        LocalDate since = i.from();
        StatusInterval prev = dayBefore(data, c, since);
        while (prev != null && prev.status() == i.status()) {
            since = prev.from();
            prev = dayBefore(data, c, since);
        }
        Status before = prev != null ? prev.status()
                : since.equals(LocalDate.MIN) ? Status.UNKNOWN : data.statusOn(c, since.minusDays(1)).status();
        return new CrossingStatus(c, i.status(), i, since, before);
    }

    private static StatusInterval dayBefore(SituationData data, Crossing c, LocalDate d) {
        return d.equals(LocalDate.MIN) ? null : data.intervalOn(c.id(), d.minusDays(1));
    }
}
