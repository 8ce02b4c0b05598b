package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.MapScene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up: the window takes over loads that were started before it; the map's first frame
 * already shows the situation — the crossings — even when the map arrives long before the store,
 * without waiting for the events, which are read after it and then appear.
 */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    private MainWindow window;
    private Preferences node;
    private StoreAccess store;
    private final CompletableFuture<SituationData> data = new CompletableFuture<>();
    private final java.util.List<MapScene> shown = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Start
    void start(Stage stage) throws Exception {
        node = Preferences.userRoot().node("org/borderwatch-test/startup-" + System.nanoTime());
        UiPreferences prefs = new UiPreferences(node);
        prefs.saveWindow(1200, 760); // Monocle's headless screen is 1280×800
        prefs.saveDate(java.time.LocalDate.of(2023, 11, 30)); // the whole land border closed; events in the 30 days before
        store = new StoreAccess(TestStores.seeded(dir));
        BaseMap map = TestMaps.simplified();
        window = new MainWindow(prefs, store, url -> { }, new StartupLoads(CompletableFuture.completedFuture(map), data));
        window.map().shownSceneProperty().addListener((o, a, s) -> shown.add(s));
        window.show(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        store.close();
        node.removeNode();
    }

    @Test
    void theFirstFrameWaitsForTheSituationAndShowsTheCrossings() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.baseMap() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.map().framesCommittedProperty().get(), "no frame before the situation is in");

        data.complete(store.loadStatus());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.map().framesCommittedProperty().get() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        MapScene first = shown.get(0);
        assertNotNull(first.situation(), "the first frame shows the situation");
        assertTrue(first.situation().crossings().size() >= 20, "the first frame shows the crossings: "
                + first.situation().crossings().size());
        assertTrue(first.situation().crossings().stream().anyMatch(c -> c.status() != org.borderwatch.domain.Status.UNKNOWN),
                "the crossings have their status on the day");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.eventsLoadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var days = store.eventDays();
        assertEquals(days, window.timeline().eventDaysProperty().get(),
                "the events per day are read after the first frame and reach the timeline");
        assertEquals(store.store().counts().events(), days.total(days.first(), days.last()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            MapScene now = window.map().shownSceneProperty().get();
            return now != null && !now.situation().events().isEmpty();
        });
    }
}
