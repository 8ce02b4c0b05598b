package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status lanes grouped by border under headers that fold, "changed in view only", no data
 * drawn blank and named in the legend, and the timeline's range: the event window's first day as
 * a handle, and playback that loops over the span in view.
 */
class LanesWindowTest extends SeededWindowTest {
    private StatusLanes lanes() {
        return fx.window.timelineBar().lanes();
    }

    private void awaitLanes() throws Exception {
        fx.awaitData();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lanes().laneIds().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingABordersHeaderFoldsItsLanesIntoOneBarAndTheFoldIsRemembered(FxRobot robot) throws Exception {
        awaitLanes();
        assertTrue(lanes().laneIds().contains("fi-vaalimaa"));
        Point2D header = lanes().localToScreen(40, lanes().headerCentreY(Border.FI_RU));
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lanes().laneIds().stream().noneMatch(id -> id.startsWith("fi-")), "Finland's lanes are folded");
        assertTrue(lanes().laneIds().contains("pl-terespol-road"), "Poland's stay");
        assertEquals("FI-RU", fx.prefs().node().get("lanes.folded", ""));
        robot.clickOn(lanes().localToScreen(40, lanes().headerCentreY(Border.FI_RU)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lanes().laneIds().contains("fi-vaalimaa"), "a second click unfolds them");
        assertEquals("", fx.prefs().node().get("lanes.folded", "?"));
    }

    @Test
    void changedInViewOnlyLeavesOutTheCrossingsWhoseStatusDidNotChange(FxRobot robot) throws Exception {
        awaitLanes();
        robot.interact(() -> fx.window.timeline().showSpan(TimeSpan.ofDays(LocalDate.of(2023, 11, 10), LocalDate.of(2023, 12, 20))));
        robot.clickOn("#changedInViewOnly");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = lanes().laneIds();
        assertTrue(shown.containsAll(List.of("fi-vaalimaa", "fi-raja-jooseppi", "fi-niirala")), shown.toString());
        assertFalse(shown.contains("pl-kuznica-road"), "Kuźnica stayed closed from 2021 to 2025");
        assertTrue(fx.prefs().node().getBoolean("lanes.changedOnly", false), "remembered");
        robot.interact(() -> fx.window.timeline().showSpan(TimeSpan.ofDays(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lanes().laneIds().contains("pl-kuznica-road"), "it reopened on 17 Nov 2025: " + lanes().laneIds());
        assertFalse(lanes().laneIds().contains("fi-vaalimaa"), "the Finnish crossings stayed closed");
    }

    @Test
    void daysWithoutDataAreBlankAndTheLegendSaysSo(FxRobot robot) throws Exception {
        awaitLanes();
        robot.interact(() -> fx.window.timeline().showSpan(TimeSpan.ofDays(LocalDate.of(2020, 3, 15), LocalDate.of(2025, 11, 17))));
        WaitForAsyncUtils.waitForFxEvents();
        StatusLanes l = lanes();
        TimeAxis axis = l.axisProperty().get();
        var data = fx.window.timeline().dataProperty().get();
        LocalDate noData = LocalDate.of(2020, 6, 1);
        LocalDate untracked = LocalDate.of(2022, 6, 1);
        LocalDate closedDay = LocalDate.of(2024, 6, 1);
        assertEquals(org.borderwatch.domain.Status.UNKNOWN, data.status("fi-niirala", noData), "the seed has no data on Niirala then");
        assertEquals(org.borderwatch.domain.Status.UNTRACKED, data.status("fi-raja-jooseppi", untracked));
        assertEquals(org.borderwatch.domain.Status.CLOSED, data.status("fi-raja-jooseppi", closedDay));
        robot.interact(() -> l.reveal("fi-niirala"));
        PixelReader px = WaitForAsyncUtils.asyncFx(() -> l.snapshot(null, null)).get(5, TimeUnit.SECONDS).getPixelReader();
        Color none = px.getColor((int) axis.x(noData), (int) l.laneCentreY("fi-niirala"));
        robot.interact(() -> l.reveal("fi-raja-jooseppi"));
        px = WaitForAsyncUtils.asyncFx(() -> l.snapshot(null, null)).get(5, TimeUnit.SECONDS).getPixelReader();
        Color closed = px.getColor((int) axis.x(closedDay), (int) l.laneCentreY("fi-raja-jooseppi"));
        assertEquals(Color.WHITE, none, "a day without data is blank, never a status's colour");
        assertTrue(closed.getRed() > 0.7 && closed.getGreen() < 0.5, "closed is the closed colour: " + closed);
        int hatchedWhite = 0;
        for (int dx = 0; dx < 12; dx++) {
            Color c = px.getColor((int) axis.x(untracked) + dx, (int) l.laneCentreY("fi-raja-jooseppi"));
            hatchedWhite += Color.WHITE.equals(c) ? 1 : 0;
            assertTrue(Math.abs(c.getRed() - c.getGreen()) < 0.05 && Math.abs(c.getGreen() - c.getBlue()) < 0.05,
                    "not tracked is grey, no status colour: " + c);
        }
        assertEquals(0, hatchedWhite, "not tracked is hatched, never blank like a day without data");
        assertEquals("No data (blank)", robot.lookup("#laneLegend-unknown").queryAs(Label.class).getText());
        assertEquals("Not tracked (hatched)", robot.lookup("#laneLegend-untracked").queryAs(Label.class).getText());
    }

    @Test
    void draggingTheRangesLeftHandleSetsTheEventWindow(FxRobot robot) throws Exception {
        awaitLanes();
        fx.showDay(LocalDate.of(2023, 11, 30), TimeWindow.lastDays(10));
        robot.interact(() -> fx.window.timeline().showSpan(TimeSpan.ofDays(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        var handle = robot.lookup("#windowStartHandle").queryAs(javafx.scene.layout.Region.class);
        assertTrue(handle.isVisible(), "the left handle sits at the window's first day");
        TimeAxis axis = fx.window.timelineBar().histogram().axisProperty().get();
        double from = axis.centre(LocalDate.of(2023, 11, 21));
        double to = axis.centre(LocalDate.of(2023, 11, 1));
        Point2D grip = handle.localToScreen(handle.getWidth() / 2, handle.getHeight() / 2);
        robot.drag(grip).moveBy(to - from, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow w = fx.window.timeline().windowProperty().get();
        assertFalse(w.cumulative());
        assertEquals(30, w.days(), 1, "the window now starts about 1 Nov: " + w);
        assertEquals(w.days(), robot.lookup("#windowDays").queryAs(Spinner.class).getValue(), "the controls follow the handle");
    }

    @Test
    void loopPlaybackStartsAgainAtTheBeginningOfTheSpanInView(FxRobot robot) throws Exception {
        awaitLanes();
        fx.showDay(LocalDate.of(2023, 11, 28), TimeWindow.DEFAULT);
        robot.interact(() -> {
            fx.window.timeline().showSpan(TimeSpan.ofDays(LocalDate.of(2023, 11, 10), LocalDate.of(2023, 11, 30)));
            fx.window.timeline().speedProperty().set(14);
        });
        robot.clickOn("#loopButton");
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.timeline().date().isBefore(LocalDate.of(2023, 11, 20)));
        assertTrue(fx.window.timeline().playingProperty().get(), "still playing after the end of the span");
        assertTrue(fx.window.timeline().visibleProperty().get().shows(fx.window.timeline().date()), "within the span in view");
        robot.clickOn("#playButton");
        assertTrue(fx.prefs().node().getBoolean("timeline.loop", false), "loop is remembered");
    }
}
