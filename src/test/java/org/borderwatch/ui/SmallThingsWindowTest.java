package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The small things a new user trips over: a source link that cannot open says so and offers the
 * address; an empty search says what found nothing; a tooltip never tells of what is no longer
 * under the pointer; the window's title names the store and the day.
 */
class SmallThingsWindowTest extends SeededWindowTest {
    @Test
    void aSourceLinkThatCannotOpenSaysSoAndOffersItsAddress(FxRobot robot) throws Exception {
        fx.awaitData();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(5, TimeUnit.SECONDS);
        MainWindow w = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow m = new MainWindow(fx.prefs(), new StoreAccess(store), url -> {
                throw new IOException("no browser took the address (xdg-open ended with 3)");
            }, TestMaps::simplified);
            m.show(stage);
            return m;
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.eventsLoadedProperty().get());
        var event = store.eventsById(java.util.List.of("2023-12-14-vaalimaa-reopens")).get("2023-12-14-vaalimaa-reopens");
        robot.interact(() -> w.chooseEvent(event));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = robot.from(w.root()).lookup("#sources .hyperlink").queryAs(Hyperlink.class);
        String url = ((Tooltip) link.getTooltip()).getText();
        robot.interact(link::fire);
        FxWait.waitFor(10, TimeUnit.SECONDS, () -> robot.from(w.root()).lookup("#linkFailure").tryQuery().isPresent());
        String why = robot.from(w.root()).lookup("#linkFailure .label").queryAs(Label.class).getText();
        assertTrue(why.startsWith("Could not open the address: no browser took the address"), why);
        assertEquals(url, robot.from(w.root()).lookup("#linkFailure .text-field").queryAs(TextField.class).getText(),
                "the address, to copy into a browser");
        Button copy = robot.from(w.root()).lookup("#copyAddress").queryButton();
        robot.interact(copy::fire);
        assertEquals("Copied", copy.getText());
        robot.interact(stage::hide);
    }

    @Test
    void aSearchThatFindsNothingSaysWhatFoundNothing(FxRobot robot) throws Exception {
        fx.awaitData();
        robot.clickOn("#searchField").write("zzqxv");
        Label empty = robot.lookup("#eventListEmpty").queryAs(Label.class);
        FxWait.waitFor(10, TimeUnit.SECONDS, () -> empty.getText().equals("No events match 'zzqxv'"));
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).clear());
        fx.showDay(LocalDate.of(2020, 6, 1), TimeWindow.lastDays(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> empty.getText().equals("No events in this window"));
    }

    @Test
    void aLaneTooltipFollowsTheLanesWhenTheyScrollUnderAStillPointer(FxRobot robot) throws Exception {
        fx.awaitData();
        StatusLanes lanes = fx.window.timelineBar().lanes();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Double.isNaN(lanes.laneCentreY("fi-salla")));
        Point2D over = lanes.localToScreen(StatusLanes.GUTTER + 30, lanes.laneCentreY("fi-salla"));
        robot.moveTo(over).moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = (Tooltip) lanes.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip.getText().startsWith("Salla"), tip.getText());
        robot.interact(() -> lanes.reveal("pl-slawatycze"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lanes.scrollOffset() > 0, "the lanes scrolled");
        Object under = lanes.crossingAt(lanes.screenToLocal(over).getY());
        String expected = under == null ? "" : ((org.borderwatch.domain.Crossing) under).displayPair();
        assertFalse(tip.getText().startsWith("Salla") && !expected.startsWith("Salla"), "no stale name: " + tip.getText());
        assertTrue(tip.getText().startsWith(expected.isEmpty() ? "" : expected.substring(0, 3)), tip.getText() + " vs " + expected);
    }

    @Test
    void theWindowTitleNamesTheStoreAndTheDay(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(LocalDate.of(2023, 11, 30), TimeWindow.DEFAULT);
        Stage stage = (Stage) fx.window.root().getScene().getWindow();
        assertEquals("Borderwatch \u2014 " + store.location().replaceAll(".*/", "") + " \u2014 Thu 30 Nov 2023", stage.getTitle());
    }
}
