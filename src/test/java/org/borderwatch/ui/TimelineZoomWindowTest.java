package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zooming and panning the timeline as a user does it: the wheel over the dates, dragging them,
 * Home and the whole-span button, playback that keeps the day in view, readable lane names.
 */
class TimelineZoomWindowTest extends SeededWindowTest {
    private static final LocalDate CLOSURE = LocalDate.of(2023, 11, 30);

    private DensityHistogram histogram() {
        return fx.window.timelineBar().histogram();
    }

    private TimeAxis axis() {
        return histogram().axisProperty().get();
    }

    private TimeSpan visible() {
        return fx.window.timeline().visibleProperty().get();
    }

    private List<String> tickLabels() {
        return histogram().tickLabelsProperty().get();
    }

    /** Waits for the data and for the axis to be laid out. */
    private void awaitAxis() throws Exception {
        fx.awaitData();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> axis() != null && !tickLabels().isEmpty());
    }

    /** The screen point in the strip of dates at the top of the histogram, at the middle of {@code day}. */
    private Point2D onTheDates(LocalDate day) {
        return histogram().localToScreen(axis().centre(day), DensityHistogram.LABEL_BAND / 2);
    }

    private void show(TimeSpan span) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> fx.window.timeline().showSpan(span));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Turns the mouse wheel away from the user by {@code notches}, as to zoom in. Monocle's
     * headless robot reports a turn it is asked to make "down" the way desktops report a turn
     * away (a positive delta), so headless runs ask it for that.
     */
    private static void turnWheelAway(FxRobot robot, int notches) {
        boolean headless = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        robot.scroll(notches, headless ? VerticalDirection.DOWN : VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWheelOverTheDatesZoomsAroundThePointerAndTheLabelsFollow(FxRobot robot) throws Exception {
        awaitAxis();
        TimeSpan whole = visible();
        assertTrue(tickLabels().containsAll(List.of("2021", "2022", "2023", "2024")), tickLabels().toString());
        // the pointer moves to whole screen pixels; a pixel of the whole span is about three days
        Point2D pointer = onTheDates(CLOSURE);
        pointer = new Point2D(Math.round(pointer.getX()), Math.round(pointer.getY()));
        double x = histogram().screenToLocal(pointer).getX();
        double under = axis().timeAt(x);
        assertEquals(CLOSURE.toEpochDay() + 0.5, under, 3, "the pointer is on 30 Nov 2023");

        robot.moveTo(pointer);
        turnWheelAway(robot, 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible().length() < whole.length() / 5, "the span shrank: " + visible());
        assertEquals(under, axis().timeAt(x), 0.01, "the same instant is still under the pointer");
        assertTrue(tickLabels().containsAll(List.of("Nov", "Dec", "Jan 2024")), "months are labelled: " + tickLabels());
        assertEquals(DensityHistogram.Bin.WEEK, histogram().binProperty().get(), "events counted by week");

        turnWheelAway(robot, 10);
        assertTrue(visible().length() < 40, "a few weeks: " + visible());
        assertEquals(under, axis().timeAt(x), 0.01);
        assertTrue(tickLabels().contains("Mon 27 Nov"), "weeks are labelled by their Monday: " + tickLabels());
        assertTrue(tickLabels().contains("Nov 2023"), "the month is said at the left: " + tickLabels());
        assertEquals(DensityHistogram.Bin.DAY, histogram().binProperty().get(), "events counted by day");

        TimeAxis lanes = fx.window.timelineBar().lanes().axisProperty().get();
        assertEquals(axis().span(), lanes.span(), "the lanes follow the same axis");
        assertEquals(axis().x0() + StatusLanes.GUTTER, lanes.x0(), 1e-9);
    }

    @Test
    void draggingTheDatesPansAndHomeOrTheButtonShowsTheWholeSpan(FxRobot robot) throws Exception {
        awaitAxis();
        LocalDate day = fx.window.timeline().date();
        show(TimeSpan.ofDays(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
        TimeSpan before = visible();
        double dayWidth = axis().dayWidth();
        Point2D from = onTheDates(LocalDate.of(2023, 11, 15));

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(-100, 0)).moveTo(from.add(-200, 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.start() + 200 / dayWidth, visible().start(), 0.5, "dragged 200 px to the left: later days come in");
        assertEquals(before.length(), visible().length(), 1e-9);
        assertEquals(day, fx.window.timeline().date(), "panning leaves the day alone");

        Label marker = robot.lookup("#offViewDate").queryAs(Label.class);
        assertTrue(marker.isVisible(), "the selected day is out of view, and the axis says where");
        assertEquals(DateDisplay.text().dayWithWeekday(day) + " \u25B8", marker.getText());
        robot.clickOn(marker);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(visible().shows(day), "a click on the marker brings " + day + " into view");
        assertFalse(marker.isVisible());
        assertEquals(before.length(), visible().length(), 1e-9);

        robot.interact(() -> fx.window.map().requestFocus());
        robot.type(KeyCode.HOME);
        assertTrue(fx.window.timeline().showsWholeSpan(), "Home shows the whole span");
        assertTrue(robot.lookup("#wholeSpanButton").queryAs(Button.class).isDisabled());

        show(TimeSpan.ofDays(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
        robot.clickOn("#wholeSpanButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fx.window.timeline().fullSpan(), visible());
    }

    @Test
    void draggingTheLanesPansWithoutSelectingACrossing(FxRobot robot) throws Exception {
        awaitAxis();
        show(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 31)));
        StatusLanes lanes = fx.window.timelineBar().lanes();
        TimeSpan before = visible();
        double dayWidth = lanes.axisProperty().get().dayWidth();
        robot.interact(() -> lanes.reveal("fi-vaalimaa"));
        Point2D from = lanes.localToScreen(lanes.axisProperty().get().centre(LocalDate.of(2023, 12, 1)),
                lanes.laneCentreY("fi-vaalimaa"));

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(60, 0)).moveTo(from.add(120, 0)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.start() - 120 / dayWidth, visible().start(), 0.5, "dragged right: earlier days come in");
        assertNull(fx.window.situation().selectionProperty().get(), "a drag is not a click on the lane");
    }

    @Test
    void playbackTurnsThePageSoTheDayStaysInView(FxRobot robot) throws Exception {
        awaitAxis();
        fx.showDay(LocalDate.of(2023, 11, 10), TimeWindow.DEFAULT);
        show(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 21)));
        robot.interact(() -> fx.window.timeline().speedProperty().set(30));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.timeline().date().isAfter(LocalDate.of(2023, 12, 5)));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate now = fx.window.timeline().date();
        assertTrue(visible().shows(now), now + " is in " + visible());
        assertEquals(21, visible().length(), 1e-9, "the page keeps its length");
        assertTrue(axis().covers(axis().centre(now)), "the cursor line is on the axis");
    }

    @Test
    void laneNamesAreAsLargeAsTheTableTextAndTheChosenLaneComesIntoView(FxRobot robot) throws Exception {
        awaitAxis();
        fx.showDay(CLOSURE, TimeWindow.DEFAULT);
        FxWait.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#eventTable .table-cell").queryAll().isEmpty());
        double tableText = robot.lookup("#eventTable .table-cell").queryAllAs(Labeled.class).stream()
                .mapToDouble(c -> c.getFont().getSize()).max().orElseThrow();
        assertTrue(StatusLanes.NAME_PX >= tableText, "lane names " + StatusLanes.NAME_PX + " px, table " + tableText + " px");

        StatusLanes lanes = fx.window.timelineBar().lanes();
        var crossings = lanes.dataProperty().get().crossings();
        for (int i = 1; i < crossings.size(); i++) {
            if (crossings.get(i).border() == crossings.get(i - 1).border()) {
                double gap = lanes.laneCentreY(crossings.get(i).id()) - lanes.laneCentreY(crossings.get(i - 1).id());
                assertTrue(gap >= StatusLanes.MIN_ROW - 1e-9, "lanes " + gap + " px apart");
            }
        }
        String last = crossings.get(crossings.size() - 1).id();
        robot.interact(() -> lanes.selectedCrossingIdProperty().set(last));
        double y = lanes.laneCentreY(last);
        assertTrue(y > 0 && y < lanes.getHeight(), last + "'s lane at " + y + " of " + lanes.getHeight());
    }

    @Test
    void theVisibleSpanIsRememberedWithTheOtherPreferences(FxRobot robot) throws Exception {
        awaitAxis();
        robot.interact(() -> fx.window.timelineBar().rememberVisibleSpan(fx.prefs()));
        show(TimeSpan.ofDays(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30)));
        assertEquals("2023-11-01/2023-11-30", fx.prefs().get("timeline.span", null));
        assertFalse(fx.window.timeline().showsWholeSpan());
        robot.interact(() -> fx.window.timeline().showWholeSpan());
        assertNull(fx.prefs().timelineSpan(), "the whole span is remembered as such, so new data widens it");
    }
}
