package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window shows the map, zooms with the toolbar and keys, and the scale bar follows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowMapTest {
    private MainWindow window;
    private Preferences node;
    private StoreAccess store;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Start
    void start(Stage stage) {
        node = Preferences.userRoot().node("org/borderwatch-test/map-" + System.nanoTime());
        UiPreferences prefs = new UiPreferences(node);
        prefs.saveWindow(1200, 760); // Monocle's headless screen is 1280×800
        store = new StoreAccess(dir.resolve("map.db"));
        window = new MainWindow(prefs, store, url -> { });
        window.show(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        store.close();
        node.removeNode();
    }

    private void awaitFrame(long atLeast) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.map().framesCommittedProperty().get() >= atLeast);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whatWaitsForTheNextFrameRunsWhenItIsShownAndTheNextDaysAreReadThen() throws Exception {
        awaitFrame(1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.eventsLoadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // no frame being painted: at once
        java.util.List<String> ran = new java.util.ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> window.map().afterNextFrame(() -> ran.add("idle"))).get();
        assertEquals(java.util.List.of("idle"), ran);

        // a frame being painted: when it is shown, and only the last task given before it
        long frames = window.map().framesCommittedProperty().get();
        long[] shownWhenRun = {-1};
        WaitForAsyncUtils.asyncFx(() -> {
            window.map().requestFrame();
            window.map().afterNextFrame(() -> ran.add("replaced"));
            window.map().afterNextFrame(() -> shownWhenRun[0] = window.map().framesCommittedProperty().get());
            assertEquals(-1, shownWhenRun[0], "not before the frame is shown");
        }).get();
        awaitFrame(frames + 1);
        assertEquals(frames + 1, shownWhenRun[0], "run as the frame was shown");
        assertEquals(java.util.List.of("idle"), ran, "a task given again before the frame replaces the earlier one");

        // a new day (earlier than the one the window opened on): once its frame is shown, the days
        // before it are read ahead, in the direction the day moved
        java.time.LocalDate day = java.time.LocalDate.of(2023, 11, 20);
        var window30 = window.timeline().windowProperty().get();
        WaitForAsyncUtils.asyncFx(() -> window.timeline().setDate(day)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            MapScene now = window.map().shownSceneProperty().get();
            return now != null && now.situation() != null && day.equals(now.situation().date());
        });
        var cache = window.situation().events();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> cache.window(window30.start(day.minusDays(7)), day.minusDays(7)) != null).get());
    }

    @Test
    void zoomingInChangesTheScaleBar(FxRobot robot) throws Exception {
        awaitFrame(1);
        String before = robot.lookup("#scaleLabel").queryAs(Label.class).getText();
        double mppBefore = window.map().viewportProperty().get().metresPerPixel();
        long frames = window.map().framesCommittedProperty().get();
        robot.clickOn("#zoomIn");
        robot.clickOn("#zoomIn");
        awaitFrame(frames + 1);
        String after = robot.lookup("#scaleLabel").queryAs(Label.class).getText();
        assertEquals(mppBefore / 4, window.map().viewportProperty().get().metresPerPixel(), mppBefore * 1e-9);
        assertNotEquals(before, after, "the scale bar label must change when zooming in");
        assertTrue(before.startsWith("Scale bar "), before);
    }

    @Test
    void presetsFrameTheirBorder(FxRobot robot) throws Exception {
        awaitFrame(1);
        robot.clickOn("#presetPoland");
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = window.map().viewportProperty().get();
        var warsawToBrest = org.borderwatch.geo.MapProjection.forward(23.65, 52.07);
        assertTrue(v.envelope().contains(warsawToBrest), "Terespol is in the Poland–Belarus view");
        robot.clickOn("#presetBoth");
        WaitForAsyncUtils.waitForFxEvents();
        Viewport both = window.map().viewportProperty().get();
        assertTrue(v.metresPerPixel() < both.metresPerPixel() / 3, "the Poland–Belarus view is a close view");
    }

    @Test
    void theSeaIsPaintedBehindTheFrameOnlyWhereTheFrameLeavesTheViewUncovered() throws Exception {
        awaitFrame(1);
        MapView map = window.map();
        assertEquals(null, map.getBackground(), "a frame covering the view: no background painted under it");
        long frames = map.framesCommittedProperty().get();
        int corner = WaitForAsyncUtils.asyncFx(() -> {
            // zoomed out, the last frame shrinks to the middle of the view until the next one is painted
            map.zoom(0.5);
            return map.snapshot(null, null).getPixelReader().getArgb(2, 2);
        }).get();
        assertEquals(org.borderwatch.render.MapStyle.DEFAULT.sea().getRGB(), corner,
                "the view's corner, uncovered, shows the sea");
        // the frame painted for the new view covers it again (one painted for the old view may come first)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map.shownSceneProperty().get() != null
                && map.shownSceneProperty().get().view().equals(map.viewportProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.framesCommittedProperty().get() > frames);
        assertEquals(null, map.getBackground(), "the new frame covers the view again");
    }

    @Test
    void keyboardZoomsAroundTheCentre(FxRobot robot) throws Exception {
        awaitFrame(1);
        Viewport before = window.map().viewportProperty().get();
        robot.clickOn("#mapView");
        robot.type(javafx.scene.input.KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport after = window.map().viewportProperty().get();
        assertEquals(before.metresPerPixel() * 2, after.metresPerPixel(), before.metresPerPixel() * 1e-6);
        assertEquals(before.centerX(), after.centerX(), before.metresPerPixel());
    }
}
