package org.borderwatch.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;

/**
 * The two loads the first frame waits for — the base map, and the store opened with its crossings
 * and status intervals ({@link StoreAccess#loadStatus()}, no events) — started together on
 * {@link Background#work()} as soon as the process starts, so they run while the JavaFX toolkit
 * comes up and the window is built. The events are read after the first frame (see
 * {@link MainWindow}), so they do not compete with it for the processor. Each future completes
 * exceptionally with the loader's error (wrapped in a {@link CompletionException}).
 *
 * @param map    the bundled base map
 * @param status the store's crossings, intervals and sources (opening it, and creating and seeding
 *               it on first start)
 */
public record StartupLoads(CompletableFuture<BaseMap> map, CompletableFuture<SituationData> status) {
    public StartupLoads {
        java.util.Objects.requireNonNull(map, "map");
        java.util.Objects.requireNonNull(status, "status");
    }

    /** Starts both loads at once; callable from any thread. */
    public static StartupLoads start(StoreAccess store) {
        CompletableFuture<BaseMap> map = Background.supply(() -> {
            BaseMap m = BaseMap.loadBundled();
            StartupTrace.mark("map-loaded");
            return m;
        });
        CompletableFuture<SituationData> status = Background.supply(() -> {
            store.store();
            StartupTrace.mark("store-opened");
            SituationData d = store.loadStatus();
            StartupTrace.mark("status-loaded");
            return d;
        });
        return new StartupLoads(map, status);
    }
}
