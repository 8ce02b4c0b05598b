package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures, in the real window over a real store, the time from a date change to the committed
 * map frame — the seed data, then the seed plus 100,000 synthetic events — and prints median and
 * 95th percentile. It asserts nothing about time and is skipped unless asked for; run it alone:
 * {@code BORDERWATCH_BENCH=1 mvn -o -q test -Dtest=DateChangeLatencyBench}.
 */
@EnabledIfEnvironmentVariable(named = "BORDERWATCH_BENCH", matches = "1")
class DateChangeLatencyBench {
    static {
        // a full-HD headless screen, so the window has its real size
        System.setProperty("headless.geometry", "1920x1080-32");
    }

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        try (Store store = TestStores.seeded(dir)) {
            report("seed", store);
            SituationData seed = store.loadSituationData();
            store.upsertEvents(SyntheticEvents.generate(seed, 100_000, 42));
            report("seed + 100,000 synthetic events", store);
        }
    }

    private void report(String label, Store store) throws Exception {
        SituationData data = store.loadSituationData();
        System.out.printf(Locale.ROOT, "%n== %s: %d events%n", label, data.events().size());
        situationCost(data);
        overlayCost(data);
        Stage stage = FxToolkit.registerPrimaryStage();
        WindowFixture[] fx = new WindowFixture[1];
        WaitForAsyncUtils.asyncFx(() -> {
            fx[0] = new WindowFixture(stage, store, 1400, 900, DateChangeLatencyBench::map);
        }).get(30, TimeUnit.SECONDS);
        fx[0].awaitData();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx[0].window.map().shownSceneProperty().get() != null
                && fx[0].window.map().shownSceneProperty().get().situation() != null);
        for (TimeWindow w : List.of(TimeWindow.lastDays(30), TimeWindow.since(LocalDate.of(2021, 8, 1)))) {
            WaitForAsyncUtils.asyncFx(() -> fx[0].window.timeline().windowProperty().set(w)).get();
            stepLatency(fx[0], w, data);
            scrub(fx[0], w);
        }
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        fx[0].dispose();
    }

    /** The bundled map when the jar has it, else the small test map (said so in the output). */
    private static org.borderwatch.geo.BaseMap map() throws Exception {
        try {
            org.borderwatch.geo.BaseMap m = org.borderwatch.geo.BaseMap.loadBundled();
            System.out.println("base map: bundled");
            return m;
        } catch (java.io.IOException e) {
            System.out.println("base map: the small test map (" + e.getMessage() + ")");
            return TestMaps.simplified();
        }
    }

    /** The painting thread's share: overlays over a copy of the cached base, 1000 × 560 pixels. */
    private static void overlayCost(SituationData data) throws Exception {
        org.borderwatch.geo.BaseMap map = map();
        org.borderwatch.render.Viewport v = org.borderwatch.render.ViewPreset.BOTH.viewport(1000, 560);
        org.borderwatch.render.MapPainter painter = new org.borderwatch.render.MapPainter();
        for (TimeWindow w : List.of(TimeWindow.lastDays(30), TimeWindow.since(LocalDate.of(2021, 8, 1)))) {
            List<Long> ns = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                var situation = SituationAt.compute(data, LocalDate.of(2023, 11, 1).plusDays(i), w);
                var scene = org.borderwatch.render.MapScene.ofSituation(map, v, situation);
                var img = new java.awt.image.BufferedImage(1000, 560, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
                var g = img.createGraphics();
                long t0 = System.nanoTime();
                painter.paintOverlaysAndDecorations(g, scene, new org.borderwatch.render.LabelPlacer(2));
                ns.add(System.nanoTime() - t0);
                g.dispose();
            }
            ns.subList(0, 20).clear();
            System.out.printf(Locale.ROOT, "overlays painted (%s): median %.1f ms, p95 %.1f ms%n", describe(w),
                    pct(ns, 50) / 1e6, pct(ns, 95) / 1e6);
        }
    }

    private static void situationCost(SituationData data) {
        LocalDate[] range = data.range();
        long span = range[1].toEpochDay() - range[0].toEpochDay();
        Random r = new Random(1);
        for (TimeWindow w : List.of(TimeWindow.lastDays(30), TimeWindow.since(range[0]))) {
            List<Long> ns = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                LocalDate d = range[0].plusDays(r.nextInt((int) span + 1));
                long t0 = System.nanoTime();
                SituationAt.compute(data, d, w);
                ns.add(System.nanoTime() - t0);
            }
            ns.subList(0, 500).clear();
            System.out.printf(Locale.ROOT, "SituationAt.compute (%s): median %.3f ms, p95 %.3f ms%n", describe(w),
                    pct(ns, 50) / 1e6, pct(ns, 95) / 1e6);
        }
    }

    /** One day forward at a time, waiting for each frame: the latency a single step costs. */
    private static void stepLatency(WindowFixture fx, TimeWindow w, SituationData data) throws Exception {
        LocalDate start = LocalDate.of(2023, 11, 1);
        List<Long> ns = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate d = start.plusDays(i);
            AtomicLong committed = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            long[] t0 = new long[1];
            Platform.runLater(() -> {
                var listener = new javafx.beans.value.ChangeListener<Number>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                        var scene = fx.window.map().shownSceneProperty().get();
                        if (scene != null && scene.situation() != null && scene.situation().date().equals(d)) {
                            committed.set(System.nanoTime());
                            fx.window.map().framesCommittedProperty().removeListener(this);
                            done.countDown();
                        }
                    }
                };
                fx.window.map().framesCommittedProperty().addListener(listener);
                t0[0] = System.nanoTime();
                fx.window.timeline().setDate(d);
            });
            if (!done.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame for " + d);
            }
            if (i >= 10) {
                ns.add(committed.get() - t0[0]);
            }
        }
        System.out.printf(Locale.ROOT, "date change → committed frame (%s, step by a day): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                describe(w), pct(ns, 50) / 1e6, pct(ns, 95) / 1e6, pct(ns, 100) / 1e6);
    }

    /** A drag at 60 changes per second for 3 s: frames shown per second and the lag of the last one. */
    private static void scrub(WindowFixture fx, TimeWindow w) throws Exception {
        long framesBefore = WaitForAsyncUtils.asyncFx(() -> fx.window.map().framesCommittedProperty().get()).get();
        LocalDate start = LocalDate.of(2022, 6, 1);
        int changes = 180;
        long t0 = System.nanoTime();
        List<Long> fxDelay = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < changes; i++) {
            LocalDate d = start.plusDays(3L * i);
            long queued = System.nanoTime();
            Platform.runLater(() -> {
                fxDelay.add(System.nanoTime() - queued);
                fx.window.timeline().setDate(d);
            });
            Thread.sleep(16);
        }
        LocalDate last = start.plusDays(3L * (changes - 1));
        long tLast = System.nanoTime();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            var scene = fx.window.map().shownSceneProperty().get();
            return scene != null && scene.situation() != null && scene.situation().date().equals(last);
        });
        long tDone = System.nanoTime();
        long frames = WaitForAsyncUtils.asyncFx(() -> fx.window.map().framesCommittedProperty().get()).get() - framesBefore;
        System.out.printf(Locale.ROOT, "scrub (%s): %d date changes in %.1f s → %d frames (%.1f frames/s), last frame %.1f ms after the last change%n",
                describe(w), changes, (tLast - t0) / 1e9, frames, frames / ((tDone - t0) / 1e9), (tDone - tLast) / 1e6);
        System.out.printf(Locale.ROOT, "  FX thread while scrubbing: a queued date change waits median %.1f ms, p95 %.1f ms%n",
                pct(fxDelay, 50) / 1e6, pct(fxDelay, 95) / 1e6);
    }

    private static String describe(TimeWindow w) {
        return w.cumulative() ? "cumulative since " + w.since() : "last " + w.days() + " days";
    }

    private static double pct(List<Long> values, int p) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }
}
