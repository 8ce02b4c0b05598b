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
            statuses.add(data.statusOn(c, date));
        }
        List<Event> events = data.eventsBetween(window.start(date), date);
        return new Situation(date, window, statuses, events);
    }
}
