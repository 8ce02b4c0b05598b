package org.borderwatch.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;

/**
 * The two loads the first frame waits for — the base map and the store's situation snapshot —
 * started together on {@link Background#work()} as soon as the process starts, so they run while
 * the JavaFX toolkit comes up and the window is built. Each future completes exceptionally with
 * the loader's error (wrapped in a {@link CompletionException}).
 *
 * @param map  the bundled base map
 * @param data the snapshot of {@code store} (opening it, and creating and seeding it on first start)
 */
public record StartupLoads(CompletableFuture<BaseMap> map, CompletableFuture<SituationData> data) {
    public StartupLoads {
        java.util.Objects.requireNonNull(map, "map");
        java.util.Objects.requireNonNull(data, "data");
    }

    /** Starts both loads at once; callable from any thread. */
    public static StartupLoads start(StoreAccess store) {
        CompletableFuture<BaseMap> map = CompletableFuture.supplyAsync(() -> {
            try {
                BaseMap m = BaseMap.loadBundled();
                StartupTrace.mark("map-loaded");
                return m;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, Background.work());
        CompletableFuture<SituationData> data = CompletableFuture.supplyAsync(() -> {
            try {
                store.store();
                StartupTrace.mark("store-opened");
                SituationData d = store.load();
                StartupTrace.mark("snapshot-loaded");
                return d;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, Background.work());
        return new StartupLoads(map, data);
    }
}
