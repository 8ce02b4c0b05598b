package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline and situation view models without a stage, over the seed data in a store in a temporary directory. */
class TimelineViewModelTest {
    private static SituationData data;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        try (Store store = TestStores.seeded(dir)) {
            data = store.loadSituationData();
        }
    }

    private static TimelineViewModel timelineOn(String day) {
        TimelineViewModel vm = new TimelineViewModel(LocalDate.parse(day));
        vm.setData(data);
        return vm;
    }

    @Test
    void aDayOutsideTheDataIsClampedIntoItsRange() {
        TimelineViewModel vm = timelineOn("2030-01-01");
        assertEquals(vm.lastProperty().get(), vm.date());
        vm.setDate(LocalDate.of(1990, 1, 1));
        assertEquals(vm.firstProperty().get(), vm.date());
    }

    @Test
    void stepsOneDayAndToTheNextAndPreviousChange() {
        TimelineViewModel vm = timelineOn("2023-11-20");
        vm.stepDays(1);
        assertEquals(LocalDate.of(2023, 11, 21), vm.date());
        assertTrue(vm.stepToNextChange());
        assertEquals(LocalDate.of(2023, 11, 22), vm.date(), "decision to close three more crossings");
        assertTrue(vm.stepToNextChange());
        assertEquals(LocalDate.of(2023, 11, 23), vm.date(), "Frontex announcement");
        assertTrue(vm.stepToNextChange());
        assertEquals(LocalDate.of(2023, 11, 24), vm.date(), "Kuusamo, Salla and Vartius close");
        vm.setDate(LocalDate.of(2023, 11, 19));
        assertTrue(vm.stepToPreviousChange());
        assertEquals(LocalDate.of(2023, 11, 18), vm.date(), "four crossings close");
    }

    @Test
    void aBriefReopeningIsTwoChangesApart() {
        TimelineViewModel vm = timelineOn("2023-12-12");
        vm.stepToNextChange();
        assertEquals(LocalDate.of(2023, 12, 14), vm.date());
        vm.stepToNextChange();
        assertEquals(LocalDate.of(2023, 12, 15), vm.date(), "the re-closure event");
        vm.stepToNextChange();
        assertEquals(LocalDate.of(2023, 12, 16), vm.date(), "closed from the day after 20:00");
    }

    @Test
    void playbackAdvancesWholeDaysAtTheChosenSpeedAndStopsAtTheEnd() {
        TimelineViewModel vm = timelineOn("2023-11-01");
        vm.speedProperty().set(7);
        vm.playingProperty().set(true);
        vm.advance(0.1);
        assertEquals(LocalDate.of(2023, 11, 1), vm.date(), "0.7 days carried, not yet applied");
        vm.advance(0.2);
        assertEquals(LocalDate.of(2023, 11, 3), vm.date());
        vm.speedProperty().set(90);
        vm.advance(1000);
        assertEquals(vm.lastProperty().get(), vm.date());
        assertFalse(vm.playingProperty().get(), "playback stops at the last day");
        vm.playingProperty().set(true);
        assertEquals(vm.firstProperty().get(), vm.date(), "play at the end starts again from the beginning");
    }

    @Test
    void theSituationFollowsTheDayAndTheWindow() {
        TimelineViewModel timeline = timelineOn("2023-11-17");
        SituationViewModel vm = new SituationViewModel(timeline, Runnable::run);
        assertEquals(Status.OPEN, vm.statusOf("fi-vaalimaa"));
        assertEquals(Status.OPEN, vm.statusOf("fi-niirala"));
        timeline.setDate(LocalDate.of(2023, 11, 30));
        assertEquals(Status.CLOSED, vm.statusOf("fi-vaalimaa"));
        assertEquals(Status.CLOSED, vm.statusOf("fi-raja-jooseppi"));
        timeline.setDate(LocalDate.of(2023, 12, 14));
        assertEquals(Status.OPEN, vm.statusOf("fi-vaalimaa"));
        assertEquals(Status.OPEN, vm.statusOf("fi-niirala"));
        assertEquals(Status.CLOSED, vm.statusOf("fi-nuijamaa"));
        timeline.setDate(LocalDate.of(2023, 12, 16));
        assertEquals(Status.CLOSED, vm.statusOf("fi-vaalimaa"));
        assertEquals(31, vm.situation().events().size(), "last 30 days: 17 Nov to 16 Dec");
        timeline.windowProperty().set(TimeWindow.lastDays(7));
        assertEquals(8, vm.situation().events().size(), "12 Dec decision, four on 14 Dec, three on 15 Dec");
        timeline.windowProperty().set(TimeWindow.since(LocalDate.of(2021, 1, 1)));
        assertEquals(66, vm.situation().events().size());
    }
}
