package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The event table: window, filters, full-text search and the details of a chosen event. */
class EventListWindowTest extends SeededWindowTest {
    /** The label of an item in the open menu (not a button of the same name elsewhere). */
    private static javafx.scene.Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query();
    }

    private TableView<Event> table(FxRobot robot) {
        return robot.lookup("#eventTable").queryTableView();
    }

    private List<Event> rows(FxRobot robot) throws Exception {
        return fx.tableRows();
    }

    @Test
    void theTableListsTheEventsOfTheWindow(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 11, 30), TimeWindow.lastDays(7));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).stream()
                .anyMatch(e -> e.id().equals("2023-11-30-full-closure")));
        assertTrue(rows(robot).stream().allMatch(e -> !e.date().isBefore(LocalDate.of(2023, 11, 24))
                && !e.date().isAfter(LocalDate.of(2023, 11, 30))), "only 24–30 Nov");
        Label count = robot.lookup("#eventCount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> count.getText().endsWith("events from 24 Nov 2023 to 30 Nov 2023"));
    }

    @Test
    void theBorderAndCategoryFiltersNarrowTheList(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2025, 11, 17), TimeWindow.since(LocalDate.of(2021, 1, 1)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).size() == 102);
        robot.clickOn("#borderFilter").clickOn(menuItem(robot, "Finland–Russia"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).size() == 45);
        assertTrue(rows(robot).stream().allMatch(e -> e.border() == Border.PL_BY || e.border() == Border.BOTH),
                "Polish–Belarusian events and the one about both borders");
        robot.clickOn("#categoryFilter").clickOn(menuItem(robot, "Show none"));
        robot.clickOn("#categoryFilter").clickOn(menuItem(robot, "Closure"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).size() == 7);
        assertTrue(rows(robot).stream().allMatch(e -> e.category() == Category.CLOSURE && e.border() == Border.PL_BY));
        String count = robot.lookup("#eventCount").queryAs(Label.class).getText();
        assertTrue(count.startsWith("7 events") && count.endsWith("(95 hidden by filters)"), count);
    }

    @Test
    void searchFindsMatchingEventsOnAllDatesAsYouType(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 11, 30), TimeWindow.lastDays(7));
        robot.clickOn("#searchField").write("kuznica");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot).stream()
                .anyMatch(e -> e.id().equals("2021-11-09-kuznica-suspended")));
        assertTrue(rows(robot).stream().anyMatch(e -> e.id().equals("2025-11-17-kuznica-reopened")),
                "matches outside the window are listed too");
        assertTrue(rows(robot).stream().noneMatch(e -> e.id().equals("2023-11-30-full-closure")));
        Label count = robot.lookup("#eventCount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count.getText().contains("matches on all dates"));
        robot.eraseText(7);
        // the answers to "kuzni", "kuzn" … may arrive on the way; the empty box's list is the window's
        FxWait.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#searchField")
                .queryAs(javafx.scene.control.TextField.class).getText().isEmpty() && count.getText().contains(" events from "));
        assertTrue(rows(robot).stream().anyMatch(e -> e.id().equals("2023-11-30-full-closure")));
        assertFalse(rows(robot).stream().anyMatch(e -> e.id().equals("2021-11-09-kuznica-suspended")),
                "an empty search box shows the window again");
    }

    @Test
    void choosingARowSelectsTheEventMovesTheTimelineAndShowsItsSources(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 12, 31), TimeWindow.lastDays(30));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).stream()
                .anyMatch(e -> e.id().equals("2023-12-14-vaalimaa-reopens")));
        int row = rows(robot).stream().map(Event::id).toList().indexOf("2023-12-14-vaalimaa-reopens");
        assertEquals("", rows(robot).get(row).summary(), "the list reads its rows without what it does not show");
        robot.interact(() -> table(robot).scrollTo(row));
        robot.clickOn("Vaalimaa reopens");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2023, 12, 14), fx.window.timeline().date(), "the timeline moves to the event");
        assertEquals("2023-12-14-vaalimaa-reopens", fx.window.situation().selectionProperty().get().eventId());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().id().equals("2023-12-14-vaalimaa-reopens"));
        List<String> texts = TimelineWindowTest.texts(robot, "#detailsPane");
        assertTrue(texts.contains("Thu 14 Dec 2023 (day)"), texts.toString());
        // the details read the chosen event whole
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#eventSummary").tryQuery().isPresent());
        assertEquals("Vaalimaa opened at 00:00 under the decision of 12 December.",
                robot.lookup("#eventSummary").queryAs(Label.class).getText());
        Hyperlink link = robot.from(robot.lookup("#sources").queryAll()).lookup(".hyperlink").queryAs(Hyperlink.class);
        robot.clickOn(link);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !fx.openedUrls.isEmpty());
        assertTrue(fx.openedUrls.get(0).startsWith("http"), fx.openedUrls.toString());
    }

    @Test
    void aTabNotShownWaitsOutsideTheWindowAndComesBackFollowingTheTimeline(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 11, 30), TimeWindow.lastDays(7));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rows(robot).isEmpty());
        assertTrue(robot.lookup("#changesPane").tryQuery().isEmpty(), "what is not shown is not in the window");
        // rows of one line each, as high as the theme's rows (2.8em of the list's 12 px)
        List<javafx.scene.Node> shown = robot.lookup(".table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null
                        && r.getTableView() == table(robot)).queryAll().stream().toList();
        assertFalse(shown.isEmpty());
        shown.forEach(r -> assertEquals(33.6, r.getBoundsInLocal().getHeight(), 0.5, "row height"));
        robot.interact(() -> fx.window.timeline().stepDays(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#sideTabs .tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("What changed"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ChangesPane changes = robot.lookup("#changesPane").queryAs(ChangesPane.class);
        assertTrue(changes == fx.window.side().changes(), "the same pane, back");
        LocalDate day = LocalDate.of(2023, 12, 2);
        assertEquals(org.borderwatch.domain.DateText.WRITTEN.day(day.minusWeeks(1)),
                robot.lookup("#changesFrom").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals(org.borderwatch.domain.DateText.WRITTEN.day(day),
                robot.lookup("#changesTo").queryAs(javafx.scene.control.TextField.class).getText(),
                "it followed the timeline while it waited");
        assertTrue(robot.lookup("#eventTable").tryQuery().isEmpty());
        robot.clickOn(robot.lookup("#sideTabs .tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Events"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#changesPane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).stream()
                .allMatch(e -> !e.date().isAfter(day)) && !rows(robot).isEmpty());
        // a tab taken out of the panel takes its content with it
        javafx.scene.control.TabPane tabs = fx.window.side().tabs();
        javafx.scene.control.Tab changesTab = tabs.getTabs().get(1);
        assertEquals(null, changesTab.getContent(), "waiting aside");
        robot.interact(() -> tabs.getTabs().remove(changesTab));
        assertTrue(changesTab.getContent() == changes);
    }

    /**
     * Filling the rows leaves styling for the next frame, which JavaFX would repaint whole: that frame
     * is given one changed pixel instead, which no one sees, which takes no room and no click, and
     * which does not keep the window painting once it rests.
     */
    @Test
    void theFrameAfterTheRowsAreFilledPaintsOnePixelThatNobodySees(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 11, 30), TimeWindow.lastDays(7));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rows(robot).isEmpty());
        javafx.scene.shape.Rectangle pixel = robot.lookup("#stylingOnlyFramesPixel").queryAs(javafx.scene.shape.Rectangle.class);
        assertEquals(javafx.scene.paint.Color.TRANSPARENT, pixel.getFill());
        assertFalse(pixel.isManaged(), "outside the window's layout");
        assertTrue(pixel.isMouseTransparent(), "clicks go through it");
        javafx.geometry.Bounds b = pixel.localToScene(pixel.getBoundsInLocal());
        assertEquals(0, b.getMinX(), 0.01);
        assertEquals(0, b.getMinY(), 0.01);
        assertEquals(1, b.getWidth(), 0.01, "one pixel wide");
        assertEquals(1, b.getHeight(), 0.01, "one pixel high");

        List<String> before = rows(robot).stream().map(Event::id).toList();
        // a marked frame is one in which the pixel's opacity changed
        java.util.concurrent.atomic.AtomicLong marks = new java.util.concurrent.atomic.AtomicLong();
        robot.interact(() -> pixel.opacityProperty().addListener((javafx.beans.InvalidationListener) o -> marks.incrementAndGet()));
        long marked = marks.get();
        robot.interact(() -> fx.window.timeline().stepDays(3));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rows(robot).stream().map(Event::id).toList().equals(before));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> marks.get() > marked);

        // at rest, frames run on (an animation asks for them) without marking each other
        awaitFrames(10);
        long rested = marks.get();
        awaitFrames(20);
        assertEquals(rested, marks.get(), "no frame is marked while nothing is filled");
    }

    /** Waits for {@code n} frames of the JavaFX pulse (an animation timer keeps them coming). */
    private static void awaitFrames(int n) throws Exception {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(n);
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                done.countDown();
            }
        };
        javafx.application.Platform.runLater(timer::start);
        try {
            assertTrue(done.await(10, TimeUnit.SECONDS), n + " frames");
        } finally {
            javafx.application.Platform.runLater(timer::stop);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
