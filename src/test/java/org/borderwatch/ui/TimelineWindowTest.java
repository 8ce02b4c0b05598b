package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.borderwatch.domain.SituationDiff;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline bar, the status lanes and "what changed" in a real window over the seeded store. */
class TimelineWindowTest extends SeededWindowTest {
    /** Texts of the labels (and links) under the node with {@code id}. */
    static List<String> texts(FxRobot robot, String id) {
        return robot.from(robot.lookup(id).queryAll()).lookup(".label").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).toList();
    }

    @Test
    void typingADateInTheDateFieldShowsThatDaysStatuses(FxRobot robot) throws Exception {
        fx.awaitData();
        robot.clickOn("#dateField");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("30.11.2023").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(day("2023-11-30"), fx.window.timeline().date());
        assertEquals("Thu 30 Nov 2023", robot.lookup("#dateField").queryAs(TextField.class).getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day("2023-11-30").equals(fx.window.situation().date()));
        for (String id : List.of("fi-vaalimaa", "fi-nuijamaa", "fi-imatra", "fi-niirala", "fi-vartius", "fi-kuusamo",
                "fi-salla", "fi-raja-jooseppi")) {
            assertEquals(Status.CLOSED, fx.window.situation().statusOf(id), id);
        }
        assertEquals(Status.RESTRICTED, fx.window.situation().statusOf("fi-vainikkala"), "rail freight only");
    }

    @Test
    void aDateThatIsNotADateIsRefusedWithoutMovingTheTimeline(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-11-20"), TimeWindow.DEFAULT);
        TextField field = robot.lookup("#dateField").queryAs(TextField.class);
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("31.11.2023").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(day("2023-11-20"), fx.window.timeline().date());
        assertTrue(field.getStyleClass().contains("invalid"));
        assertEquals("'31.11.2023' is not a day: November 2023 has 30 days",
                robot.lookup("#dateFieldMessage").queryAs(Label.class).getText(), "the reason, under the field");
    }

    @Test
    void arrowKeysStepADayAndCtrlArrowsJumpToTheNextChange(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-11-20"), TimeWindow.DEFAULT);
        robot.interact(() -> fx.window.map().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(day("2023-11-21"), fx.window.timeline().date());
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals(day("2023-11-22"), fx.window.timeline().date(), "the decision to close three more crossings");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(day("2023-11-23"), fx.window.timeline().date(), "Frontex");
        robot.type(KeyCode.LEFT);
        assertEquals(day("2023-11-22"), fx.window.timeline().date());
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertEquals(day("2023-11-20"), fx.window.timeline().date(), "Kuusamo reopened after the weekend");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(day("2023-11-18"), fx.window.timeline().date());
    }

    @Test
    void playAdvancesTheDayAndPauseStopsIt(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-11-01"), TimeWindow.DEFAULT);
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.timeline().date().isAfter(day("2023-11-03")));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.window.timeline().playingProperty().get());
        LocalDate paused = fx.window.timeline().date();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, fx.window.timeline().date());
    }

    @Test
    void clickingALaneSelectsTheCrossingAndShowsItsHistory(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-12-20"), TimeWindow.DEFAULT);
        StatusLanes lanes = fx.window.timelineBar().lanes();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Double.isNaN(lanes.laneCentreY("fi-niirala")));
        robot.interact(() -> lanes.reveal("fi-niirala"));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = lanes.localToScreen(StatusLanes.GUTTER + 40, lanes.laneCentreY("fi-niirala"));
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        Selection s = fx.window.situation().selectionProperty().get();
        assertInstanceOf(Selection.OfCrossing.class, s);
        assertEquals("fi-niirala", s.crossingId());
        assertEquals("fi-niirala", lanes.selectedCrossingIdProperty().get(), "the lane is highlighted");
        String status = robot.lookup("#crossingStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("On Wed 20 Dec 2023: Closed since Sat 16 Dec 2023"), status);
        List<String> texts = texts(robot, "#detailsPane");
        assertTrue(texts.contains("Counterpart: Вяртсиля · Vyartsilya (Värtsilä)"), texts.toString());
        assertTrue(texts(robot, "#crossingHistory").contains("14 Dec 2023 – 15 Dec 2023"),
                "the brief December reopening is in the history");
    }

    @Test
    void whatChangedFollowsTheTimelineAndItsEntriesJump(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-11-30"), TimeWindow.DEFAULT);
        robot.clickOn("What changed");
        ListView<SituationDiff.Entry> list = fx.window.side().changes().list();
        // the rows are read a page at a time as they show: wait until every one is in
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            List<SituationDiff.Entry> rows = rows(list);
            return !rows.isEmpty() && !rows.contains(null) && rows.get(rows.size() - 1).date().equals(day("2023-11-30"));
        });
        List<SituationDiff.Entry> rows = rows(list);
        List<String> changes = rows.stream().filter(e -> e instanceof SituationDiff.StatusChange)
                .map(e -> (SituationDiff.StatusChange) e).map(c -> c.date() + " " + c.crossing().id()).toList();
        assertEquals(List.of("2023-11-24 fi-salla", "2023-11-24 fi-kuusamo", "2023-11-24 fi-vartius-rail",
                "2023-11-24 fi-vartius", "2023-11-24 fi-imatrankoski-rail", "2023-11-30 fi-raja-jooseppi"), changes,
                "by day, then north to south");
        List<SituationDiff.StatusChange> starts = rows.stream().filter(e -> e instanceof SituationDiff.StatusChange)
                .map(e -> (SituationDiff.StatusChange) e).filter(SituationDiff.StatusChange::isRecordStart).toList();
        assertFalse(starts.isEmpty(), "the rail crossings' records start on 24 Nov 2023");
        // the list's cells are laid out a pulse after its items change: wait for them on a busy machine
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellText(robot, list).contains("record starts: "));
        String shown = cellText(robot, list);
        assertTrue(shown.contains("record starts: "), shown);
        assertFalse(shown.contains("No data →") || shown.contains("Not tracked →"), "a record's start shown as a change: " + shown);
        SituationDiff.StatusChange first = (SituationDiff.StatusChange) rows.get(0);
        robot.interact(() -> list.getSelectionModel().select(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(day("2023-11-24"), fx.window.timeline().date(), "choosing an entry moves the timeline");
        assertEquals(first.crossing().id(), fx.window.situation().selectionProperty().get().crossingId());
    }

    /** The list's rows as they are, read on the FX thread (reading a row not read yet asks for its page). */
    private static List<SituationDiff.Entry> rows(ListView<SituationDiff.Entry> list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(list.getItems())).get(5, TimeUnit.SECONDS);
    }

    private static String cellText(FxRobot robot, ListView<SituationDiff.Entry> list) {
        return String.join("\n", robot.from(list).lookup(".list-cell").queryAll().stream()
                .flatMap(cell -> robot.from(cell).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                        .queryAll().stream())
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
    }
}
