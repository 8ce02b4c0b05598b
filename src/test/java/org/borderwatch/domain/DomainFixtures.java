package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.List;

/** Small values for domain tests. */
final class DomainFixtures {
    private DomainFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Crossing crossing(String id, Border border, CrossingType type) {
        return new Crossing(id, border, id, null, null, type, new GeoPoint(60, 28), CoordinatePrecision.ESTIMATE,
                "test point", null, List.of("S1"));
    }

    static Crossing crossing(String id) {
        return crossing(id, Border.FI_RU, CrossingType.ROAD);
    }

    static StatusInterval interval(String crossing, String from, String until, Status status) {
        return new StatusInterval(crossing, d(from), until == null ? null : d(until), status, null, null, List.of("S1"));
    }

    static Event event(String id, String date) {
        return new Event(id, d(date), DatePrecision.DAY, "Event " + id, "", Category.INCIDENT, Border.FI_RU, null, null,
                null, List.of("S1"), List.of(), null);
    }

    static SituationData data(List<Crossing> crossings, List<StatusInterval> intervals, List<Event> events) {
        return new SituationData(crossings, intervals, events, List.of(new Source("S1", "Source one", null, null)));
    }
}
