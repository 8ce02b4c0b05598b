package org.borderwatch.domain;

import static org.borderwatch.domain.DomainFixtures.crossing;
import static org.borderwatch.domain.DomainFixtures.d;
import static org.borderwatch.domain.DomainFixtures.data;
import static org.borderwatch.domain.DomainFixtures.event;
import static org.borderwatch.domain.DomainFixtures.interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The situation on day D": statuses on boundary days, windows, cumulative mode. */
class SituationAtTest {
    /** Vaalimaa as the fact sheet tells it: closed 18 Nov, open 14 Dec, closed again from 16 Dec. */
    private static final SituationData VAALIMAA = data(
            List.of(crossing("fi-vaalimaa"), crossing("fi-raja-jooseppi")),
            List.of(interval("fi-vaalimaa", "2022-07-01", "2023-11-18", Status.OPEN),
                    interval("fi-vaalimaa", "2023-11-18", "2023-12-14", Status.CLOSED),
                    interval("fi-vaalimaa", "2023-12-14", "2023-12-16", Status.OPEN),
                    interval("fi-vaalimaa", "2023-12-16", null, Status.CLOSED),
                    interval("fi-raja-jooseppi", "2022-07-01", "2023-11-30", Status.OPEN),
                    interval("fi-raja-jooseppi", "2023-11-30", null, Status.CLOSED)),
            List.of());

    private static Status status(SituationData data, String crossing, String day) {
        return SituationAt.compute(data, d(day), TimeWindow.DEFAULT).statusOf(crossing).orElseThrow().status();
    }

    @Test
    void onTheDayAClosureStartsTheCrossingIsAlreadyClosed() {
        assertEquals(Status.OPEN, status(VAALIMAA, "fi-vaalimaa", "2023-11-17"));
        assertEquals(Status.CLOSED, status(VAALIMAA, "fi-vaalimaa", "2023-11-18"));
    }

    @Test
    void onTheDayAClosureEndsTheCrossingIsAlreadyOpen() {
        assertEquals(Status.CLOSED, status(VAALIMAA, "fi-vaalimaa", "2023-12-13"));
        assertEquals(Status.OPEN, status(VAALIMAA, "fi-vaalimaa", "2023-12-14"));
        assertEquals(Status.OPEN, status(VAALIMAA, "fi-vaalimaa", "2023-12-15"));
        assertEquals(Status.CLOSED, status(VAALIMAA, "fi-vaalimaa", "2023-12-16"));
    }

    @Test
    void adjacentIntervalsLeaveNoGapAndNoOverlapOnAnyDay() {
        // QGIS #44589: with inclusive ends both features show on the shared day, with exclusive starts neither.
        for (LocalDate day = d("2022-06-01"); day.isBefore(d("2024-02-01")); day = day.plusDays(1)) {
            LocalDate today = day;
            StatusInterval i = VAALIMAA.intervalOn("fi-vaalimaa", day);
            if (!day.isBefore(d("2022-07-01"))) {
                assertTrue(i != null && i.covers(day), "a status on " + day);
                long covering = VAALIMAA.intervals("fi-vaalimaa").stream().filter(x -> x.covers(today)).count();
                assertEquals(1, covering, "exactly one interval on " + day);
            }
        }
    }

    @Test
    void beforeTheFirstIntervalTheStatusIsUnknownNotOpen() {
        CrossingStatus cs = SituationAt.compute(VAALIMAA, d("2022-06-30"), TimeWindow.DEFAULT).statusOf("fi-vaalimaa")
                .orElseThrow();
        assertEquals(Status.UNKNOWN, cs.status());
        assertNull(cs.interval());
    }

    @Test
    void aGapBetweenIntervalsIsUnknown() {
        SituationData gap = data(List.of(crossing("x")),
                List.of(interval("x", "2023-01-01", "2023-02-01", Status.OPEN),
                        interval("x", "2023-03-01", null, Status.CLOSED)), List.of());
        assertEquals(Status.OPEN, status(gap, "x", "2023-01-31"));
        assertEquals(Status.UNKNOWN, status(gap, "x", "2023-02-01"));
        assertEquals(Status.UNKNOWN, status(gap, "x", "2023-02-28"));
        assertEquals(Status.CLOSED, status(gap, "x", "2023-03-01"));
    }

    @Test
    void anOpenEndedIntervalHoldsForever() {
        assertEquals(Status.CLOSED, status(VAALIMAA, "fi-vaalimaa", "2999-12-31"));
        assertEquals(Status.CLOSED, status(VAALIMAA, "fi-vaalimaa", LocalDate.MAX.toString()));
    }

    @Test
    void the26thOfNovember2023() {
        Situation s = SituationAt.compute(VAALIMAA, d("2023-11-26"), TimeWindow.DEFAULT);
        assertEquals(Status.OPEN, s.statusOf("fi-raja-jooseppi").orElseThrow().status());
        assertEquals(1, s.count(Border.FI_RU, Status.OPEN));
        assertEquals(1, s.count(Border.FI_RU, Status.CLOSED));
        assertFalse(s.fullyClosed(Border.FI_RU));
        assertEquals(List.of(VAALIMAA.intervals("fi-vaalimaa").get(1)), s.closuresInForce());
        Situation later = SituationAt.compute(VAALIMAA, d("2023-11-30"), TimeWindow.DEFAULT);
        assertTrue(later.fullyClosed(Border.FI_RU));
        assertFalse(later.fullyClosed(Border.PL_BY), "a border without crossings is not 'fully closed'");
        assertEquals(2, later.closuresInForce().size());
    }

    @Test
    void theCrossingsKeepTheOrderOfTheData() {
        Situation s = SituationAt.compute(VAALIMAA, d("2023-11-26"), TimeWindow.DEFAULT);
        assertEquals(List.of("fi-vaalimaa", "fi-raja-jooseppi"), s.crossings().stream().map(c -> c.crossing().id()).toList());
    }

    private static final SituationData TIMELINE = data(List.of(crossing("c")), List.of(), List.of(
            event("b", "2023-11-20"), event("a", "2023-11-20"), event("late", "2023-11-30"),
            event("early", "2023-11-01"), event("edge", "2023-11-24"), event("before-edge", "2023-11-23")));

    private static List<String> window(String day, TimeWindow w) {
        return SituationAt.compute(TIMELINE, d(day), w).events().stream().map(Event::id).toList();
    }

    @Test
    void aWindowOfNDaysEndsOnTheDayAndIncludesIt() {
        assertEquals(List.of("edge", "late"), window("2023-11-30", TimeWindow.lastDays(7)), "24 … 30 November");
        assertEquals(List.of("late"), window("2023-11-30", TimeWindow.lastDays(1)));
        assertEquals(List.of(), window("2023-11-29", TimeWindow.lastDays(5)), "25 … 29 November");
        assertEquals(List.of("before-edge", "edge", "late"), window("2023-11-30", TimeWindow.lastDays(8)));
    }

    @Test
    void eventsOfOneDayAreOrderedById() {
        assertEquals(List.of("a", "b"), window("2023-11-20", TimeWindow.lastDays(1)));
    }

    @Test
    void theCumulativeModeCollectsEverythingSinceItsStart() {
        assertEquals(List.of("early", "a", "b", "before-edge", "edge"),
                window("2023-11-24", TimeWindow.since(d("2023-11-01"))));
        assertEquals(List.of("a", "b", "before-edge", "edge", "late"),
                window("2023-12-31", TimeWindow.since(d("2023-11-02"))));
        assertEquals(List.of(), window("2023-10-31", TimeWindow.since(d("2023-11-01"))), "a start after the day");
        assertEquals(6, window(LocalDate.MAX.toString(), TimeWindow.since(LocalDate.MIN)).size());
    }

    @Test
    void theSituationIsAPureFunctionOfDataAndDay() {
        Situation one = SituationAt.compute(TIMELINE, d("2023-11-24"), TimeWindow.lastDays(30));
        Situation two = SituationAt.compute(TIMELINE, d("2023-11-24"), TimeWindow.lastDays(30));
        assertEquals(one, two);
        assertSame(TIMELINE.events().get(0), one.events().get(0));
    }

    private static CrossingStatus of(SituationData data, String crossing, String day) {
        return SituationAt.compute(data, d(day), TimeWindow.DEFAULT).statusOf(crossing).orElseThrow();
    }

    @Test
    void aStatusKnowsSinceWhenItHoldsAndWhatItWasBefore() {
        CrossingStatus closed = of(VAALIMAA, "fi-vaalimaa", "2023-11-30");
        assertEquals(d("2023-11-18"), closed.since());
        assertEquals(Status.OPEN, closed.before());
        assertFalse(closed.recordStart());
        assertTrue(closed.changedBetween(d("2023-11-01"), d("2023-11-30")), "closed on 18 Nov, inside the window");
        assertFalse(closed.changedBetween(d("2023-11-19"), d("2023-11-30")), "no change after 18 Nov");
    }

    @Test
    void theStartOfARecordIsNotAChange() {
        CrossingStatus first = of(VAALIMAA, "fi-vaalimaa", "2022-07-01");
        assertTrue(first.recordStart());
        assertEquals(Status.UNKNOWN, first.before());
        assertFalse(first.changedBetween(d("2022-06-01"), d("2022-07-31")), "record starts: open, no change from no data");
        CrossingStatus none = of(VAALIMAA, "fi-vaalimaa", "2022-06-30");
        assertEquals(Status.UNKNOWN, none.status());
        assertNull(none.since());
        assertFalse(none.recordStart());
    }

    @Test
    void aClosureExtendedByANewDecisionHoldsSinceItsFirstDay() {
        SituationData extended = data(List.of(crossing("fi-niirala")),
                List.of(interval("fi-niirala", "2023-03-01", "2023-11-18", Status.OPEN),
                        interval("fi-niirala", "2023-11-18", "2023-12-14", Status.CLOSED),
                        interval("fi-niirala", "2023-12-14", null, Status.CLOSED)),
                List.of());
        CrossingStatus s = of(extended, "fi-niirala", "2024-01-10");
        assertEquals(d("2023-11-18"), s.since());
        assertEquals(Status.OPEN, s.before());
        assertFalse(s.changedBetween(d("2023-12-12"), d("2024-01-10")), "14 Dec only prolonged the closure");
    }
}
