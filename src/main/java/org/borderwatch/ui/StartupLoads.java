package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.LayeredFramePainter;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;

/**
 * The two loads the first frame waits for — the base map, and the store opened with its crossings
 * and status intervals ({@link StoreAccess#loadStatus()}, no events) — started together on
 * {@link Background#work()} as soon as the process starts, so they run while the JavaFX toolkit
 * comes up and the window is built. The events are read after the first frame (see
 * {@link MainWindow}), so they do not compete with it for the processor. Once both are in, a small
 * frame is painted and thrown away on the painting thread ({@link #warmUp}). Each future completes
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
        map.thenAcceptBoth(status, StartupLoads::warmUp);
        return new StartupLoads(map, status);
    }

    /**
     * Paints a small throwaway frame of the whole map with its crossings on the painting thread,
     * while the toolkit comes up and the window is built on the other core: the first frame then
     * runs code already loaded, initialised and compiled. Whatever goes wrong here is left to the
     * window's own frame to meet and report.
     */
    private static void warmUp(BaseMap map, SituationData status) {
        Background.paint().execute(() -> {
            try {
                Situation s = SituationAt.of(status, LocalDate.now(), TimeWindow.lastDays(30), List.of());
                Viewport v = ViewPreset.BOTH.viewport(WARM_UP_WIDTH, WARM_UP_HEIGHT);
                new LayeredFramePainter().paint(MapScene.ofSituation(map, v, s).withStyle(MapStyle.DEFAULT)
                        .withOptions(MapOptions.ALL.withLegend(false)));
                StartupTrace.mark("painter-warm");
            } catch (RuntimeException e) {
                // the window's first frame paints the same and says what failed
            }
        });
    }

    /** The warm-up frame's size: its cost is the code's first run, not its pixels. */
    private static final int WARM_UP_WIDTH = 640;
    private static final int WARM_UP_HEIGHT = 400;
}
