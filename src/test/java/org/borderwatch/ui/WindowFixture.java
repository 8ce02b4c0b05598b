package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A main window over a seeded store in a temporary directory, with its own preferences node, the
 * small test map ({@link TestMaps}) and a recorder in place of the system browser. Created on the FX thread in a test's {@code @Start}.
 */
final class WindowFixture {
    final MainWindow window;
    final List<String> openedUrls = new CopyOnWriteArrayList<>();
    private final Preferences node;

    WindowFixture(Stage stage, Store store) {
        // the headless screen is 1280 × 800: a larger window overflows its frame buffer
        this(stage, store, 1240, 780);
    }

    WindowFixture(Stage stage, Store store, double width, double height) {
        this(stage, store, width, height, TestMaps::simplified);
    }

    WindowFixture(Stage stage, Store store, double width, double height, java.util.concurrent.Callable<org.borderwatch.geo.BaseMap> map) {
        node = Preferences.userRoot().node("org/borderwatch-test/" + UUID.randomUUID());
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(new UiPreferences(node), new StoreAccess(store), openedUrls::add, map);
        window.show(stage);
    }

    /** Waits until the store's snapshot is in the window. */
    void awaitData() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.timeline().dataProperty().get() != null);
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

    void dispose() throws BackingStoreException {
        node.removeNode();
    }

}
