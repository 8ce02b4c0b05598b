package org.borderwatch.domain;

import static org.borderwatch.domain.DomainFixtures.crossing;
import static org.borderwatch.domain.DomainFixtures.d;
import static org.borderwatch.domain.DomainFixtures.data;
import static org.borderwatch.domain.DomainFixtures.event;
import static org.borderwatch.domain.DomainFixtures.interval;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SituationDataTest {
    @Test
    void overlappingIntervalsOfOneCrossingAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data(List.of(crossing("x")),
                List.of(interval("x", "2023-01-01", "2023-02-02", Status.OPEN),
                        interval("x", "2023-02-01", null, Status.CLOSED)), List.of()));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void anOpenEndedIntervalFollowedByAnotherIsAnOverlap() {
        assertThrows(IllegalArgumentException.class, () -> data(List.of(crossing("x")),
                List.of(interval("x", "2023-01-01", null, Status.OPEN), interval("x", "2023-06-01", null, Status.CLOSED)),
                List.of()));
    }

    @Test
    void twoIntervalsStartingTheSameDayAreAnOverlap() {
        assertThrows(IllegalArgumentException.class, () -> data(List.of(crossing("x")),
                List.of(interval("x", "2023-01-01", "2023-01-05", Status.OPEN),
                        interval("x", "2023-01-01", "2023-01-03", Status.CLOSED)), List.of()));
    }

    @Test
    void adjacentIntervalsAreAccepted() {
        SituationData data = data(List.of(crossing("x")),
                List.of(interval("x", "2023-02-01", null, Status.CLOSED), interval("x", "2023-01-01", "2023-02-01", Status.OPEN)),
                List.of());
        assertEquals(List.of(d("2023-01-01"), d("2023-02-01")),
                data.intervals("x").stream().map(StatusInterval::from).toList(), "sorted by start");
    }

    @Test
    void anIntervalOfAnUnknownCrossingIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> data(List.of(crossing("x")), List.of(interval("y", "2023-01-01", null, Status.OPEN)), List.of()));
    }

    @Test
    void duplicateCrossingIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> data(List.of(crossing("x"), crossing("x")), List.of(), List.of()));
    }

    @Test
    void intervalOnFindsTheCoveringIntervalAmongMany() {
        List<StatusInterval> many = new java.util.ArrayList<>();
        java.time.LocalDate day = d("2020-01-01");
        for (int i = 0; i < 500; i++) {
            many.add(new StatusInterval("x", day, day.plusDays(2), i % 2 == 0 ? Status.OPEN : Status.CLOSED, null, null,
                    List.of("S1")));
            day = day.plusDays(3); // one-day gaps between intervals
        }
        SituationData data = data(List.of(crossing("x")), many, List.of());
        assertEquals(Status.OPEN, data.intervalOn("x", d("2020-01-01")).status());
        assertEquals(Status.OPEN, data.intervalOn("x", d("2020-01-02")).status());
        assertNull(data.intervalOn("x", d("2020-01-03")));
        assertEquals(Status.CLOSED, data.intervalOn("x", d("2020-01-04")).status());
        assertNull(data.intervalOn("x", d("2019-12-31")));
        assertNull(data.intervalOn("x", day.plusDays(10)));
        assertNull(data.intervalOn("nowhere", d("2020-01-01")));
    }

    @Test
    void eventsBetweenIsInclusiveAndOrdered() {
        SituationData data = data(List.of(), List.of(), List.of(event("c", "2023-03-01"), event("a", "2023-01-01"),
                event("b", "2023-02-01")));
        assertEquals(List.of("a", "b", "c"), data.events().stream().map(Event::id).toList());
        assertEquals(List.of("a", "b"), data.eventsBetween(d("2023-01-01"), d("2023-02-01")).stream().map(Event::id).toList());
        assertEquals(List.of(), data.eventsBetween(d("2023-02-02"), d("2023-02-28")));
        assertEquals(List.of(), data.eventsBetween(d("2023-03-01"), d("2023-02-01")), "an empty range");
        assertEquals(3, data.eventsBetween(java.time.LocalDate.MIN, java.time.LocalDate.MAX).size());
    }

    @Test
    void rangeSpansEventsAndIntervals() {
        SituationData data = data(List.of(crossing("x")), List.of(interval("x", "2021-08-01", "2025-11-17", Status.CLOSED)),
                List.of(event("a", "2023-01-01"), event("z", "2025-11-20")));
        assertArrayEquals(new java.time.LocalDate[] {d("2021-08-01"), d("2025-11-20")}, data.range());
        assertNull(data(List.of(), List.of(), List.of()).range());
    }

    @Test
    void theSnapshotCannotBeChanged() {
        SituationData data = data(List.of(crossing("x")), List.of(), List.of(event("a", "2023-01-01")));
        assertThrows(UnsupportedOperationException.class, () -> data.events().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.crossings().clear());
        assertThrows(UnsupportedOperationException.class, () -> data.sources().clear());
    }
}
