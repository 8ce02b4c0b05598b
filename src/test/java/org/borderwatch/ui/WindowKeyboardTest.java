package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.store.Store;
import org.borderwatch.ui.annotate.AnnotationFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window from the keyboard and on a small screen: the menu bar's accelerators and mnemonics,
 * Escape closing every dialog, a focus ring, an accessible name on every control, panels that
 * fold away and are remembered, and a map of at least 600 × 400 pixels on a 1024 × 700 screen.
 */
@ExtendWith(ApplicationExtension.class)
class WindowKeyboardTest {
    @TempDir
    Path dir;
    private Store store;
    private WindowFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = TestStores.seeded(dir);
        fx = new WindowFixture(stage, store, 1024, 700);
    }

    @AfterEach
    void dispose() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        }).get(5, TimeUnit.SECONDS);
        fx.dispose();
        store.close();
    }

    private void awaitReady() throws Exception {
        fx.awaitData();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.baseMap() != null
                && fx.window.map().shownSceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Stage> dialogs(Stage main) {
        List<Stage> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s != main && s.isShowing()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The dialog that opens after {@code keys}, checked to close with Escape. */
    private void escapeCloses(FxRobot robot, String what, Runnable open) throws Exception {
        int before = dialogs(stage).size();
        robot.interact(open);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs(stage).size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = dialogs(stage).get(dialogs(stage).size() - 1);
        robot.interact(dialog::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), what + " closes with Escape");
    }

    @Test
    void onA1024By700ScreenTheMapIsAtLeast600By400Pixels() throws Exception {
        awaitReady();
        assertEquals(1024, stage.getScene().getWidth(), 0.5);
        assertEquals(700, stage.getScene().getHeight(), 0.5);
        MapView map = fx.window.map();
        assertTrue(map.getWidth() >= 600 && map.getHeight() >= 400, "the map is " + map.getWidth() + " × " + map.getHeight());
        assertTrue(fx.window.timelineBar().getHeight() >= 110, "the timeline keeps room for its controls and lanes");
        assertNull(fx.window.legend().getScene(), "a new window this narrow starts with the legend folded away");
    }

    @Test
    void panelsFoldAwayWithTheirShortcutsAndAreRemembered(FxRobot robot) throws Exception {
        awaitReady();
        double mapWidth = fx.window.map().getWidth();
        double mapHeight = fx.window.map().getHeight();
        robot.interact(() -> fx.window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx.window.sideTabs().getScene(), "the side panel is folded away");
        assertNull(fx.window.timelineBar().getScene(), "the timeline is folded away");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx.window.map().getWidth() > mapWidth + 250
                && fx.window.map().getHeight() > mapHeight + 100);
        assertFalse(fx.prefs().node().getBoolean("panel.side", true));
        assertFalse(fx.prefs().node().getBoolean("panel.timeline", true));

        // the next window over the same preferences opens the same way
        Stage second = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(5, TimeUnit.SECONDS);
        MainWindow again = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(fx.prefs(), new StoreAccess(store), url -> { }, TestMaps::simplified);
            w.show(second);
            return w;
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(again.sideTabs().getScene());
        assertNull(again.timelineBar().getScene());
        robot.interact(second::hide);

        robot.clickOn("#toggleSidePanel");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(fx.window.sideTabs().getScene(), "the tool bar's switch brings the panel back");
    }

    @Test
    void escapeClosesEveryDialog(FxRobot robot) throws Exception {
        awaitReady();
        escapeCloses(robot, "Export slide", () -> fx.window.fileMenu().exportSlide());
        escapeCloses(robot, "Export deck", () -> fx.window.fileMenu().exportDeck());
        escapeCloses(robot, "Layers", () -> fx.window.fileMenu().showLayers());
        escapeCloses(robot, "Keyboard shortcuts", () -> HelpWindows.shortcuts(stage));
        escapeCloses(robot, "About", () -> HelpWindows.about(stage));
        Path bundle = Files.writeString(dir.resolve("empty.borderwatch"), "{\"format\": \"borderwatch\", \"version\": 1}");
        escapeCloses(robot, "the question whether to import a bundle", () -> fx.window.fileMenu().offerImport(bundle));
        assertEquals("Not imported: empty.borderwatch", robot.lookup("#statusLabel").queryLabeled().getText());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"events\": [");
        escapeCloses(robot, "an import's error", () -> fx.window.fileMenu().importFile(broken));
    }

    @Test
    void theMenuBarsAcceleratorsAndMnemonicsWork(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> fx.window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField date = robot.lookup("#dateField").queryAs(TextField.class);
        assertTrue(date.isFocused(), "Ctrl+G: the date field");
        assertEquals(date.getText(), date.getSelectedText(), "its text selected, so typing replaces it");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#searchField").queryAs(TextField.class).isFocused(), "Ctrl+F: the search box");

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        FxWait.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#slideComposer").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#deckComposer").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // Alt then the underlined letter opens a menu
        robot.interact(() -> stage.requestFocus());
        robot.interact(() -> fx.window.map().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        var view = fx.window.menus().bar().getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
        assertTrue(view.isShowing(), "Alt+V opens the View menu");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void quitClosesTheWindowAndSavesWhatItRemembers(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> fx.window.map().zoom(2));
        WaitForAsyncUtils.waitForFxEvents();
        double scale = fx.window.map().viewportProperty().get().metresPerPixel();
        robot.interact(() -> fx.window.map().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Ctrl+Q closes the window");
        assertEquals(scale, fx.prefs().node().getDouble("view.mpp", -1), scale * 1e-9, "the view was saved");
    }

    @Test
    void theKeyboardFocusIsRingedInTheAccentColour(FxRobot robot) throws Exception {
        awaitReady();
        Button preset = robot.lookup("#presetBoth").queryButton();
        robot.interact(() -> fx.window.map().requestFocus());
        for (int i = 0; i < 40 && !preset.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(preset.isFocused() && preset.isFocusVisible(), "Tab reaches the tool bar");
        assertNotNull(preset.getBorder(), "a focused button has a ring");
        Color ring = (Color) preset.getBorder().getStrokes().get(0).getTopStroke();
        assertTrue(ring.getOpacity() > 0.9 && ring.getBlue() > ring.getRed() + 0.3, "a clear accent ring: " + ring);
        assertTrue(preset.getBorder().getStrokes().get(0).getWidths().getTop() >= 2);
    }

    @Test
    void everyControlHasANameAScreenReaderReads(FxRobot robot) throws Exception {
        awaitReady();
        WaitForAsyncUtils.asyncFx(() -> AnnotationFeature.install(fx.window, store, fx.prefs())).get(10, TimeUnit.SECONDS);
        robot.interact(() -> fx.window.panels().legendShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unnamed = new ArrayList<>(unnamed(stage.getScene().getRoot()));
        robot.clickOn("Annotations");
        WaitForAsyncUtils.waitForFxEvents();
        unnamed.addAll(unnamed(fx.window.sideTabs()));
        robot.clickOn("What changed");
        WaitForAsyncUtils.waitForFxEvents();
        unnamed.addAll(unnamed(fx.window.sideTabs()));
        for (Runnable open : List.<Runnable>of(() -> fx.window.fileMenu().exportSlide(), () -> fx.window.fileMenu().exportDeck(),
                () -> fx.window.fileMenu().showLayers(), () -> HelpWindows.shortcuts(stage), () -> HelpWindows.about(stage))) {
            int before = dialogs(stage).size();
            robot.interact(open);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs(stage).size() > before);
            WaitForAsyncUtils.waitForFxEvents();
            Stage d = dialogs(stage).get(dialogs(stage).size() - 1);
            unnamed.addAll(unnamed(d.getScene().getRoot()));
        }
        assertTrue(unnamed.isEmpty(), "controls without an accessible name: " + unnamed);
    }

    private static List<String> unnamed(Node root) {
        List<String> out = new ArrayList<>();
        for (Control c : Accessibility.controls(root)) {
            if (Accessibility.name(c, root) == null) {
                out.add(Accessibility.describe(c));
            }
        }
        return out;
    }

    @Test
    void aFieldsOwnKeysNeverReachTheMapOrTheTimeline(FxRobot robot) throws Exception {
        awaitReady();
        robot.interact(() -> fx.window.timeline().zoom(4));
        double scale = fx.window.map().viewportProperty().get().metresPerPixel();
        var day = fx.window.timeline().date();
        var span = fx.window.timeline().visibleProperty().get();
        robot.clickOn("#searchField");
        robot.write("a-b+c ");
        robot.type(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME, KeyCode.DIGIT0, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scale, fx.window.map().viewportProperty().get().metresPerPixel(), 1e-9);
        assertEquals(day, fx.window.timeline().date());
        assertFalse(fx.window.timeline().playingProperty().get(), "Space typed into a field does not play");
        assertEquals(span, fx.window.timeline().visibleProperty().get(), "Home and 0 typed into a field keep the span");
        assertEquals("0 a-b+c ", robot.lookup("#searchField").queryAs(TextField.class).getText(), "the field got every key");
    }
}
