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
        // days of the seed that show each kind: a month of no data, of not tracked, a closed day
        String[] noData = find(data, org.borderwatch.domain.Status.UNKNOWN);
        String[] untracked = find(data, org.borderwatch.domain.Status.UNTRACKED);
        String[] closedDay = find(data, org.borderwatch.domain.Status.CLOSED);
        Color none = pixel(l, axis, noData[0], LocalDate.parse(noData[1]), 0);
        Color closed = pixel(l, axis, closedDay[0], LocalDate.parse(closedDay[1]), 0);
        assertEquals(Color.WHITE, none, "a day without data is blank, never a status's colour: " + String.join(" ", noData));
        assertTrue(closed.getRed() > 0.7 && closed.getGreen() < 0.5, "closed is the closed colour: " + closed);
        int hatchedWhite = 0;
        for (int dx = 0; dx < 12; dx++) {
            Color c = pixel(l, axis, untracked[0], LocalDate.parse(untracked[1]), dx);
            hatchedWhite += Color.WHITE.equals(c) ? 1 : 0;
            assertTrue(Math.abs(c.getRed() - c.getGreen()) < 0.05 && Math.abs(c.getGreen() - c.getBlue()) < 0.05,
                    "not tracked is grey, no status colour: " + c);
        }
        assertEquals(0, hatchedWhite, "not tracked is hatched, never blank like a day without data");
        assertEquals("No data (blank)", robot.lookup("#laneLegend-unknown").queryAs(Label.class).getText());
        assertEquals("Not tracked (hatched)", robot.lookup("#laneLegend-untracked").queryAs(Label.class).getText());
    }

    /**
     * A crossing and a day in the middle of a month in which every day has {@code status}: {id, day}.
     *
     * @throws AssertionError when the seed has no such month
     */
    private static String[] find(org.borderwatch.domain.SituationData data, org.borderwatch.domain.Status status) {
        for (var c : data.crossings()) {
            for (LocalDate d = LocalDate.of(2020, 4, 1); d.isBefore(LocalDate.of(2025, 10, 1)); d = d.plusDays(7)) {
                boolean all = true;
                for (int i = -15; i <= 15 && all; i++) {
                    all = data.status(c.id(), d.plusDays(i)) == status;
                }
                if (all) {
                    return new String[] {c.id(), d.toString()};
                }
            }
        }
        throw new AssertionError("the seed has no month of " + status + " on any crossing");
    }

    /** The lanes' pixel {@code dx} to the right of {@code day} on {@code crossing}'s lane, the lane scrolled into view. */
    private Color pixel(StatusLanes l, TimeAxis axis, String crossing, LocalDate day, int dx) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> l.reveal(crossing)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader px = WaitForAsyncUtils.asyncFx(() -> l.snapshot(null, null)).get(5, TimeUnit.SECONDS).getPixelReader();
        return px.getColor((int) axis.x(day) + dx, (int) l.laneCentreY(crossing));
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
