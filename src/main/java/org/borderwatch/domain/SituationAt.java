package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one answer to "what was the situation on day D". The map, the timeline, the slides and the
 * {@code status} command all ask this function, so they always agree. Pure: the result depends
 * only on the data snapshot, the day and the window.
 */
public final class SituationAt {
    private SituationAt() {
    }

    /** The situation on {@code date} with the events of {@code window}. */
    public static Situation compute(SituationData data, LocalDate date, TimeWindow window) {
        List<CrossingStatus> statuses = new ArrayList<>(data.crossings().size());
        for (Crossing c : data.crossings()) {
            statuses.add(statusOf(data, c, date));
        }
        List<Event> events = data.eventsBetween(window.start(date), date);
        return new Situation(date, window, statuses, events);
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
