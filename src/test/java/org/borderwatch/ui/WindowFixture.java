package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window over a store, with its own preferences node (removed by {@link #dispose()}), the
 * application's theme, a base map (by default the small test map, {@link TestMaps}) and a recorder
 * in place of the system browser. Created on the FX thread: {@link SeededWindowTest} does it
 * before each test; tests of other packages (the annotation tools) build on it too.
 */
public final class WindowFixture {
    public final MainWindow window;
    final List<String> openedUrls = new CopyOnWriteArrayList<>();
    private final Preferences node;
    private final UiPreferences prefs;

    WindowFixture(Stage stage, Store store) {
        // the headless screen is 1280 × 800: a larger window overflows its frame buffer
        this(stage, store, 1240, 780);
    }

    WindowFixture(Stage stage, Store store, double width, double height) {
        this(stage, store, width, height, TestMaps::simplified);
    }

    WindowFixture(Stage stage, Store store, double width, double height, Callable<BaseMap> map) {
        this(stage, store, width, height, map, Map.of());
    }

    /**
     * @param map      reads the base map (on a background thread)
     * @param settings further preferences the window starts with (key → value)
     */
    public WindowFixture(Stage stage, Store store, double width, double height, Callable<BaseMap> map, Map<String, String> settings) {
        node = Preferences.userRoot().node("org/borderwatch-test/" + UUID.randomUUID());
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        settings.forEach(node::put);
        prefs = new UiPreferences(node);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(prefs, new StoreAccess(store), openedUrls::add, map);
        window.show(stage);
    }

    /** The window's preferences (a node of its own). */
    public UiPreferences prefs() {
        return prefs;
    }

    /** Waits until the store's snapshot is in the window. */
    void awaitData() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.eventsLoadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the map shows a frame with the situation of {@code day}. */
    void awaitFrameOf(LocalDate day) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var scene = window.map().shownSceneProperty().get();
            return scene != null && scene.situation() != null && scene.situation().date().equals(day);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sets the day and window on the FX thread and waits for the situation to follow. */
    void showDay(LocalDate day, TimeWindow w) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.timeline().windowProperty().set(w);
            window.timeline().setDate(day);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.situation().situation() != null
                && window.situation().situation().date().equals(day) && window.situation().situation().window().equals(w));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The rows of the event table that are read so far, on the FX thread (a row still being read
     * from the store is left out, and asking for it starts its read).
     */
    java.util.List<org.borderwatch.domain.Event> tableRows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.List<org.borderwatch.domain.Event> out = new java.util.ArrayList<>();
            for (org.borderwatch.domain.Event e : window.side().events().table().getItems()) {
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Closes the dialogs the test left open (they remember their fields in this node), then removes the node. */
    public void dispose() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.stage.Window main = window.root().getScene() == null ? null : window.root().getScene().getWindow();
            for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w != main && w instanceof javafx.stage.Stage) {
                    w.hide();
                }
            }
        }).get(10, TimeUnit.SECONDS);
        node.removeNode();
    }

}
