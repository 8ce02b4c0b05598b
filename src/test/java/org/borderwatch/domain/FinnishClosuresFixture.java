package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Finnish land-border closures of November–December 2023 as the fact sheet gives them
 * (sources F1–F17), as test data for the situation functions. Changes after noon start on the next
 * day (Niirala closed at 20:00 on 17 Nov, so it is closed from 18 Nov).
 */
final class FinnishClosuresFixture {
    private FinnishClosuresFixture() {
    }

    static SituationData data() {
        List<Crossing> crossings = List.of(
                crossing("fi-vaalimaa", "Vaalimaa", "Торфяновка", "Torfyanovka", CrossingType.ROAD, 60.60000, 27.80833),
                crossing("fi-nuijamaa", "Nuijamaa", "Брусничное", "Brusnichnoye", CrossingType.ROAD, 60.959215, 28.548102),
                crossing("fi-imatra", "Imatra", "Светогорск", "Svetogorsk", CrossingType.ROAD_RAIL, 61.124973, 28.831782),
                crossing("fi-niirala", "Niirala", "Вяртсиля", "Vyartsilya", CrossingType.ROAD_RAIL, 62.170426, 30.632051),
                crossing("fi-vartius", "Vartius", "Люття", "Lyuttya", CrossingType.ROAD_RAIL, 64.54502, 29.98475),
                crossing("fi-raja-jooseppi", "Raja-Jooseppi", "Лотта", "Lotta", CrossingType.ROAD, 68.48, 28.30));
        LocalDate y2022 = LocalDate.of(2022, 7, 1);
        List<StatusInterval> intervals = new ArrayList<>();
        // Vaalimaa: closed 18 Nov, reopened 14 Dec 00:00, closed again 15 Dec 20:00 (so from 16 Dec)
        intervals.add(interval("fi-vaalimaa", y2022, day(11, 18), Status.OPEN, "F62"));
        intervals.add(interval("fi-vaalimaa", day(11, 18), day(12, 14), Status.CLOSED, "F1"));
        intervals.add(interval("fi-vaalimaa", day(12, 14), day(12, 16), Status.OPEN, "F14"));
        intervals.add(interval("fi-vaalimaa", day(12, 16), null, Status.CLOSED, "F15"));
        intervals.add(interval("fi-nuijamaa", y2022, day(11, 18), Status.OPEN, "F62"));
        intervals.add(interval("fi-nuijamaa", day(11, 18), null, Status.CLOSED, "F1"));
        intervals.add(interval("fi-imatra", y2022, day(11, 18), Status.OPEN, "F62"));
        intervals.add(interval("fi-imatra", day(11, 18), null, Status.CLOSED, "F1"));
        // Niirala: closed 17 Nov 20:00 (from 18 Nov), reopened 14 Dec 08:00, closed 15 Dec 20:00
        intervals.add(interval("fi-niirala", LocalDate.of(2023, 3, 1), day(11, 18), Status.RESTRICTED, "F61"));
        intervals.add(interval("fi-niirala", day(11, 18), day(12, 14), Status.CLOSED, "F7"));
        intervals.add(interval("fi-niirala", day(12, 14), day(12, 16), Status.OPEN, "F14"));
        intervals.add(interval("fi-niirala", day(12, 16), null, Status.CLOSED, "F15"));
        intervals.add(interval("fi-vartius", y2022, day(11, 24), Status.OPEN, "F62"));
        intervals.add(interval("fi-vartius", day(11, 24), null, Status.CLOSED, "F53"));
        intervals.add(interval("fi-raja-jooseppi", y2022, day(11, 30), Status.OPEN, "F62"));
        intervals.add(interval("fi-raja-jooseppi", day(11, 30), null, Status.CLOSED, "F3"));
        List<Event> events = List.of(
                event("2023-11-23-frontex", day(11, 23), "Frontex announces reinforcement", Category.DEPLOYMENT, null),
                event("2023-11-24-three-closed", day(11, 24), "Kuusamo, Salla, Vartius closed", Category.CLOSURE, "fi-vartius"),
                event("2023-11-28-decision", day(11, 28), "Decision to close the whole land border", Category.CLOSURE, null),
                event("2023-11-30-full-closure", day(11, 30), "Full closure of the land border", Category.CLOSURE, "fi-raja-jooseppi"),
                event("2023-12-14-reopening", day(12, 14), "Brief reopening, then re-closure decided", Category.REOPENING, "fi-vaalimaa"));
        List<Source> sources = List.of("F1", "F3", "F7", "F14", "F15", "F53", "F61", "F62", "F26").stream()
                .map(id -> new Source(id, "Fact sheet source " + id, null, null)).toList();
        return new SituationData(crossings, intervals, events, sources);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    private static Crossing crossing(String id, String name, String cyr, String latin, CrossingType type, double lat, double lon) {
        return new Crossing(id, Border.FI_RU, name, cyr, latin, type, new GeoPoint(lat, lon),
                CoordinatePrecision.APPROXIMATE, "village or rail-station point, not the road station", null, List.of("F1"));
    }

    private static StatusInterval interval(String id, LocalDate from, LocalDate until, Status s, String source) {
        return new StatusInterval(id, from, until, s, s == Status.CLOSED ? "Government decision" : null, null, List.of(source));
    }

    private static Event event(String id, LocalDate d, String title, Category c, String crossingId) {
        return new Event(id, d, DatePrecision.DAY, title, "", c, Border.FI_RU, crossingId, null, null,
                List.of("F3"), List.of(), null);
    }
}
