package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.borderwatch.domain.SituationData;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zooming and panning the timeline's axis, as the view model does it without a stage, over the
 * seed data (15 Mar 2020 – 17 Nov 2025): the day under the pointer stays put, the span never
 * leaves the data nor shrinks below a week, and the selected day stays in view while playing.
 */
class TimelineZoomTest {
    private static final double EPS = 1e-6;
    private static final LocalDate CLOSURE = LocalDate.of(2023, 11, 30);
    private static SituationData data;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        try (Store store = TestStores.seeded(dir)) {
            data = store.loadSituationData();
        }
    }

    private static TimelineViewModel timeline() {
        TimelineViewModel vm = new TimelineViewModel(CLOSURE);
        vm.setData(data);
        return vm;
    }

    private static double middleOf(LocalDate d) {
        return d.toEpochDay() + 0.5;
    }

    @Test
    void theAxisShowsTheWholeDataUntilTheUserZooms() {
        TimelineViewModel vm = timeline();
        assertEquals(TimeSpan.ofDays(LocalDate.of(2020, 3, 15), LocalDate.of(2025, 11, 17)), vm.visibleProperty().get());
        assertTrue(vm.showsWholeSpan());
    }

    @Test
    void zoomingKeepsTheDayUnderThePointerWhereItIs() {
        TimelineViewModel vm = timeline();
        TimeSpan before = vm.visibleProperty().get();
        double pointer = middleOf(CLOSURE);
        vm.zoom(8, pointer);
        TimeSpan after = vm.visibleProperty().get();
        assertEquals(before.length() / 8, after.length(), EPS);
        assertEquals(before.fractionOf(pointer), after.fractionOf(pointer), EPS, "30 Nov 2023 stays under the pointer");
        assertFalse(vm.showsWholeSpan());
        assertEquals(CLOSURE, vm.date(), "zooming never moves the selected day");
    }

    @Test
    void zoomingInStopsAtAWeekAndOutAtTheWholeData() {
        TimelineViewModel vm = timeline();
        vm.zoom(1_000_000, middleOf(CLOSURE));
        TimeSpan week = vm.visibleProperty().get();
        assertEquals(TimelineViewModel.MIN_VISIBLE_DAYS, week.length(), EPS);
        assertTrue(week.shows(CLOSURE));
        vm.zoom(2, middleOf(CLOSURE));
        assertEquals(week, vm.visibleProperty().get(), "no closer than a week");
        vm.zoom(1e-6, middleOf(CLOSURE));
        assertEquals(vm.fullSpan(), vm.visibleProperty().get(), "no further than the whole data");
        assertTrue(vm.showsWholeSpan());
    }

    @Test
    void zoomingAtTheFirstDayStaysInsideTheData() {
        TimelineViewModel vm = timeline();
        TimeSpan all = vm.fullSpan();
        vm.zoom(10, all.start() - 40);
        TimeSpan v = vm.visibleProperty().get();
        assertEquals(all.start(), v.start(), EPS, "shifted back inside, not beyond the first day");
        assertEquals(all.length() / 10, v.length(), EPS);
    }

    @Test
    void panningStopsAtTheEdgesAndLeavesTheDayAlone() {
        TimelineViewModel vm = timeline();
        vm.showSpan(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)));
        TimeSpan november = vm.visibleProperty().get();
        vm.pan(10.25);
        assertEquals(november.start() + 10.25, vm.visibleProperty().get().start(), EPS);
        vm.pan(-1_000_000);
        assertEquals(vm.fullSpan().start(), vm.visibleProperty().get().start(), EPS);
        assertEquals(30, vm.visibleProperty().get().length(), EPS, "panning keeps the length");
        vm.pan(1_000_000);
        assertEquals(vm.fullSpan().end(), vm.visibleProperty().get().end(), EPS);
        assertEquals(CLOSURE, vm.date());
    }

    @Test
    void playbackTurnsThePageWhenTheDayRunsOffTheRightEdge() {
        TimelineViewModel vm = timeline();
        vm.showSpan(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)));
        vm.setDate(LocalDate.of(2023, 11, 29));
        vm.speedProperty().set(1);
        vm.playingProperty().set(true);
        vm.advance(1.0);
        assertEquals(LocalDate.of(2023, 11, 30), vm.date());
        assertEquals(LocalDate.of(2023, 11, 1).toEpochDay(), vm.visibleProperty().get().start(), EPS, "still on the page");
        vm.advance(1.0);
        TimeSpan next = vm.visibleProperty().get();
        assertEquals(LocalDate.of(2023, 12, 1), vm.date());
        assertEquals(TimelineViewModel.FOLLOW_MARGIN, next.fractionOf(middleOf(vm.date())), EPS,
                "1 Dec enters a tenth of the span from the left edge");
        assertEquals(30, next.length(), EPS);
    }

    @Test
    void aJumpFarAwayCentresTheDayAndAStepBackTurnsThePageBack() {
        TimelineViewModel vm = timeline();
        vm.showSpan(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)));
        vm.setDate(LocalDate.of(2021, 11, 9));
        assertEquals(0.5, vm.visibleProperty().get().fractionOf(middleOf(vm.date())), EPS);
        TimeSpan centred = vm.visibleProperty().get();
        vm.setDate(centred.firstDay());
        vm.stepDays(-1);
        assertEquals(1 - TimelineViewModel.FOLLOW_MARGIN, vm.visibleProperty().get().fractionOf(middleOf(vm.date())), EPS);
    }

    @Test
    void aSpanAskedForBeforeTheDataArrivesIsAppliedWithIt() {
        TimelineViewModel vm = new TimelineViewModel(CLOSURE);
        TimeSpan november = TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30));
        vm.showSpan(november);
        assertNull(vm.visibleProperty().get());
        vm.setData(data);
        assertEquals(november, vm.visibleProperty().get());
    }

    @Test
    void aRememberedSpanThatMissesTheDayIsMovedToShowIt() {
        TimelineViewModel vm = new TimelineViewModel(CLOSURE);
        vm.showSpan(TimeSpan.ofDays(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 3)));
        vm.setData(data);
        TimeSpan v = vm.visibleProperty().get();
        assertEquals(TimelineViewModel.MIN_VISIBLE_DAYS, v.length(), EPS, "at least a week");
        assertEquals(0.5, v.fractionOf(middleOf(CLOSURE)), EPS, "the selected day in the middle");
    }

    @Test
    void theVisibleSpanIsRememberedInWholeDays() throws Exception {
        Preferences node = Preferences.userRoot().node("org/borderwatch-test/" + UUID.randomUUID());
        try {
            UiPreferences prefs = new UiPreferences(node);
            assertNull(prefs.timelineSpan(), "nothing remembered: the whole span");
            prefs.saveTimelineSpan(new TimeSpan(LocalDate.of(2023, 11, 1).toEpochDay() + 0.2, LocalDate.of(2023, 12, 15).toEpochDay() + 0.7));
            assertEquals("2023-11-01/2023-12-15", prefs.get("timeline.span", null));
            assertEquals(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 15)), prefs.timelineSpan());
            prefs.put("timeline.span", "2023-11-01/yesterday");
            assertNull(prefs.timelineSpan(), "a damaged entry falls back to the whole span");
            prefs.saveTimelineSpan(null);
            assertNull(prefs.get("timeline.span", null));
        } finally {
            node.removeNode();
        }
    }
}
