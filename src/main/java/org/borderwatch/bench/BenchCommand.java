package org.borderwatch.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.EventPainter;
import org.borderwatch.render.LayeredFramePainter;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.Viewport;
import org.borderwatch.services.EventWindowCache;
import org.borderwatch.services.HeapInUse;
import org.borderwatch.slides.SlideData;
import org.borderwatch.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench [--events N] [--quick]}: builds a store of N generated ACLED events (on top of the
 * seed) and a seed-only store in a temporary folder — both with the same 5,000 annotations, so
 * that they differ in their events only — and prints every performance figure with its goal, the
 * same figure on the seed-only store in the same run (as a ratio), and where one
 * applies a naive baseline. In-process figures (search, histogram, frames, browsing, slides) and
 * whole-process ones (commands and the window's start in fresh JVMs, as {@code bin/borderwatch}
 * starts them; an import beside GDAL's {@code ogr2ogr} when it is installed). Never part of the
 * tests: timings depend on the machine and how busy it is, so the load average is printed too.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure start-up, browsing, search, commands, import, slides and memory on a generated store.")
public final class BenchCommand implements Callable<Integer> {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 30);
    /**
     * Frames painted before the measured ones of each view: the painting code compiled as in a
     * window used for a while (the first view's frames are the first this JVM paints; 12, as
     * before, left the compiler's work in their p95).
     */
    private static final int FRAME_WARM_UP = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", defaultValue = "100000", description = "generated events in the store (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--quick", description = "fewer events and runs: a few minutes")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int n = quick && !spec.commandLine().getParseResult().hasMatchedOption("--events") ? 20_000 : events;
        int runs = quick ? 7 : 30;
        BenchTable table = new BenchTable();
        out.printf(Locale.ROOT, "Borderwatch bench: %d cores, Java %s, max heap %d MB, %,d events%s; load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, n, quick ? " (quick)" : "", loadAverage());
        out.flush();
        Path dir = Files.createTempDirectory("borderwatch-bench");
        try {
            Path seedDb = dir.resolve("seed.db");
            try (Store seed = Store.openOrCreateSeeded(seedDb)) {
                // the same annotations as the generated store: the two differ in their events only
                seed.annotationRepository().importAll(BenchStore.annotations(5_000), "bench");
            }
            long t = System.nanoTime();
            BenchStore.Built built = BenchStore.build(dir, n, 5_000);
            out.printf(Locale.ROOT, "built the store in %.1f s (%,d events imported, 5,000 annotations)%n",
                    (System.nanoTime() - t) / 1e9, built.added());
            out.flush();
            table.add(new BenchTable.Row(String.format(Locale.ROOT,
                    "build: ACLED import of %,d rows (borderwatch import, whole process), until committed", n),
                    built.rowsPerSecond(), Double.NaN, "rows/s", "≥ 100,000 rows/s", built.rowsPerSecond() >= 100_000,
                    Double.NaN));
            table.add(new BenchTable.Row("build: searchable after the commit", built.searchableSeconds(), Double.NaN, "s",
                    "≤ 10 s", built.searchableSeconds() <= 10, Double.NaN));
            table.add(new BenchTable.Row("build: heap in use after each collection during the import, at most",
                    built.liveHeapBytes() / 1e6, Double.NaN, "MB", "flat (vs 200,000 rows)", true, Double.NaN));
            table.note(String.format(Locale.ROOT, "  build: the most heap in use during the import, garbage included: %.0f MB;"
                    + " its peak resident size %.0f MB", built.peakHeapBytes() / 1e6, built.peakRssMb()));
            measure(dir, dir.resolve("bench.db"), seedDb, n, table, runs, out);
        } finally {
            BenchFiles.deleteTree(dir);
        }
        table.note(String.format(Locale.ROOT, "peak resident set size of this process: %.0f MB (VmHWM); load average now %s",
                peakRssMb(), loadAverage()));
        table.print(out);
        return 0;
    }

    private void measure(Path dir, Path db, Path seedDb, int n, BenchTable table, int runs, PrintWriter out)
            throws Exception {
        long t = System.nanoTime();
        BaseMap map = BaseMap.loadBundled();
        table.add(new BenchTable.Row("load the base map (compact pre-projected form)", (System.nanoTime() - t) / 1e6,
                Double.NaN, "ms", "", true, Double.NaN));
        List<Annotation> annotations;
        try (Store store = Store.open(db); Store seed = Store.open(seedDb)) {
            annotations = store.annotations();
            table.timingVsSeed("load the crossings and intervals (what a status needs)",
                    BenchStats.time(3, runs, store::loadStatusData), 0, BenchStats.time(3, runs, seed::loadStatusData));
            searches(store, seed, table, runs);
            frames(map, store, annotations, table, runs, out);
            BenchBrowse.Result browse = BenchBrowse.run(store, map, annotations, runs);
            BenchBrowse.Result seedBrowse = BenchBrowse.run(seed, map, seed.annotations(), runs);
            browsing(browse, seedBrowse, table);
            out.println("  measured browsing");
            out.flush();
            // as the render and slides commands read them: only the attributes slides paint, only
            // the annotations shown on the slides' days
            SlideData slides = new SlideData(store.loadStatusData(), store.eventSource(EventPainter.PAINTED_ATTRIBUTES),
                    map, store.annotationsShown(BenchSlides.DAY, BenchSlides.LAST_DAY), List.of());
            BenchSlides.pngInThisJvm(dir, slides, table, quick);
        }
        // the slides' goals in a JVM started as the render and slides commands start theirs
        SlideRuns.measure(db, dir, quick, table);
        out.println("  measured slides; now whole processes");
        out.flush();
        BenchProcesses.commands(db, seedDb, table, quick ? 3 : 5);
        BenchProcesses.importBesideOgr2ogr(dir, quick ? 50_000 : 200_000, quick ? 1 : 3, table);
        firstFrames(db, seedDb, table);
        AcledImportBenchmark.Measurement m = AcledImportBenchmark.run(quick ? 50_000 : 200_000);
        table.add(new BenchTable.Row(String.format(Locale.ROOT, "ACLED import, %,d rows (%.0f MB), until committed", m.rows(),
                m.fileBytes() / 1e6), m.rowsPerSecond(), Double.NaN, "rows/s", "≥ 100,000 rows/s", m.rowsPerSecond() >= 100_000,
                Double.NaN));
        table.note(String.format(Locale.ROOT, "  ACLED import of %,d rows: importing thread's CPU %.1f s; reading and mapping "
                        + "alone %,.0f rows/s; searchable %.1f s after the commit; heap in use after each collection at "
                        + "most %.0f MB (garbage included %.0f MB); as this JVM's first import %,.0f rows/s", m.rows(),
                m.cpuSeconds(), m.parseRowsPerSecond(), m.searchableSeconds(), m.liveHeapBytes() / 1e6,
                m.peakHeapBytes() / 1e6, m.firstRowsPerSecond()));
    }

    /** Words of the generated events' places, actors and notes, each searched once below. */
    private static final String[] FIRST_WORDS = {"border", "guard", "protest", "arrests", "agreement", "attack",
        "clash", "bialystok", "hajnowka", "bialowieza", "usnarz", "michalowo", "terespol", "brest", "bruzgi",
        "lappeenranta", "imatra", "vaalimaa", "joensuu", "vartius", "kuusamo", "salla", "ivalo", "kostomuksha",
        "warszawa", "helsinki", "vilnius", "kuznica"};

    private static void searches(Store store, Store seed, BenchTable table, int runs) throws Exception {
        // first, as a user meets them: words this store has not been asked for (nothing remembered)
        table.timingVsSeed("full-text search, a word asked for the first time (" + FIRST_WORDS.length + " words)",
                firstTimes(store), 0, firstTimes(seed));
        for (String q : new String[] {"kuznica", "border guard", "protest Terespol"}) {
            BenchStats.Timing fts = BenchStats.time(3, runs, () -> store.search(q, 50));
            BenchStats.Timing onSeed = BenchStats.time(3, runs, () -> seed.search(q, 50));
            table.timingVsSeed("full-text search '" + q + "' (50 hits)", fts, 10, onSeed);
        }
    }

    private static BenchStats.Timing firstTimes(Store store) throws Exception {
        double[] ms = new double[FIRST_WORDS.length];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            store.search(FIRST_WORDS[i], 50);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return BenchStats.of(ms);
    }

    private static void frames(BaseMap map, Store store, List<Annotation> annotations, BenchTable table, int runs,
                               PrintWriter out) throws Exception {
        BenchFrames frames = new BenchFrames(map);
        TimeWindow window = TimeWindow.lastDays(30);
        MapOptions screen = MapOptions.ALL.withLegend(false);
        Situation s = SituationAt.of(store.loadStatusData(), DAY, window, heldAsTheWindowHoldsThem(store, window));
        // the baseline places every event afresh: the same events as one plain list (nothing remembered)
        Situation plain = SituationAt.of(store.loadStatusData(), DAY, window, new java.util.ArrayList<>(s.events()));
        List<Annotation> valid = annotations.stream().filter(a -> a.visibleOn(DAY)).toList();
        List<Viewport> views = BenchFrames.views();
        long cached = 0;
        for (int i = 0; i < views.size(); i++) {
            Viewport v = views.get(i);
            MapScene base = MapScene.base(map, v);
            BenchStats.Timing lod = BenchStats.time(2, runs, () -> frames.paintBase(base, true));
            BenchStats.Timing noLod = BenchStats.time(1, Math.max(3, runs / 5), () -> frames.paintBase(base, false));
            table.timing("base map painted, " + BenchFrames.name(i) + " (baseline: no LOD)", lod, 0, noLod);
            MapScene scene = MapScene.ofSituation(map, v, s).withAnnotations(valid).withOptions(screen);
            LayeredFramePainter painter = BenchFrames.window(scene);
            BenchStats.Timing frame = BenchStats.time(FRAME_WARM_UP, runs, () -> BenchFrames.frame(painter, scene));
            BenchStats.Timing naive = BenchStats.time(1, Math.max(3, runs / 5), () -> frames.naiveFrame(scene.withSituation(plain)));
            table.timing("frame with overlays, " + BenchFrames.name(i) + " (baseline: all from scratch)", frame,
                    i == 0 ? 16 : 0, naive);
            cached = Math.max(cached, painter.cachedBytes());
            out.printf(Locale.ROOT, "  measured frames at %s%n", BenchFrames.name(i));
            out.flush();
        }
        table.note(String.format(Locale.ROOT, "  the window's cached images (base, frame, closure and annotation layers, "
                + "sprites): %.0f MB; the 30-day window of %s holds %,d events", cached / 1e6, DAY, s.events().size()));
    }

    /**
     * The events of {@link #DAY}'s window as the window's map gets them: read through its event
     * cache (a chunk a day), so that frames place them as the window's frames do.
     */
    private static List<Event> heldAsTheWindowHoldsThem(Store store, TimeWindow window) throws Exception {
        EventWindowCache cache = new EventWindowCache(EventWindowCache.reading(() -> store, EventPainter.PAINTED_ATTRIBUTES), store.eventDays(),
                BenchBrowse.EVENTS_HELD, Runnable::run, Runnable::run);
        cache.request(window.start(DAY), DAY, () -> { });
        return cache.window(window.start(DAY), DAY);
    }

    private static void browsing(BenchBrowse.Result b, BenchBrowse.Result seed, BenchTable table) {
        table.timingVsSeed("date change → frame, scrubbing day by day (30-day window)", b.scrub(), 16, seed.scrub());
        table.timingVsSeed("date change → frame, playing 7 days a second", b.play7(), 16, seed.play7());
        table.timingVsSeed("date change → frame, playing 30 days a second", b.play30(), 16, seed.play30());
        table.timingVsSeed("date change → frame, jumps of 37 days (nothing read ahead)", b.jump(), 0, seed.jump());
        table.timingVsSeed("histogram of the whole span (day counts + bins)", b.histogram(), 50, seed.histogram());
        table.note(String.format(Locale.ROOT, "  this bench's whole JVM after browsing (both stores, annotations, the frame "
                + "painters of the rows above), after GC: %.0f MB (seed store's run: %.0f MB)", b.heapBytes() / 1e6,
                seed.heapBytes() / 1e6));
        table.note(String.format(Locale.ROOT, "  the 30-day window of %s: %,d events (seed store: %,d)", DAY,
                b.windowEvents(), seed.windowEvents()));
    }

    /** The window's start in a fresh JVM over each store: first frame, then its events on the map. */
    private static void firstFrames(Path db, Path seedDb, BenchTable table) throws Exception {
        Path archive = FirstFrame.classDataArchive();
        FirstFrame.Report plain = FirstFrame.run(db, "512m", null);
        firstFrameRow(table, "first frame after JVM start (java -jar, -Xmx512m, the window's options)", plain, null, 0);
        if (archive == null) {
            table.note("  no class-data archive next to the jar (mvn package writes target/" + FirstFrame.ARCHIVE
                    + "): start-up measured without it only");
            return;
        }
        FirstFrame.Report launcher = FirstFrame.run(db, "512m", archive);
        FirstFrame.Report seed = FirstFrame.run(seedDb, "512m", archive);
        firstFrameRow(table, "first frame after JVM start (bin/borderwatch: class-data archive)", launcher, seed, 2000);
        long after = launcher.eventsAfterFirstFrameMs();
        long seedAfter = seed.eventsAfterFirstFrameMs();
        table.add(new BenchTable.Row("the window's events on the map, after the first frame", after < 0 ? Double.NaN : after,
                Double.NaN, "ms", "≤ 1,000 ms", after >= 0 && after <= 1000, Double.NaN,
                seedAfter < 0 ? Double.NaN : seedAfter));
        double heap = launcher.browsingHeapBytes() / 1e6;
        double seedHeap = seed.browsingHeapBytes() / 1e6;
        table.add(new BenchTable.Row("date change → frame in the window (its own JVM), day by day, "
                + FirstFrame.BROWSE_DAYS + " days", launcher.stepMedianMs(), launcher.stepP95Ms(), "ms", "p95 ≤ 16.0 ms",
                launcher.stepP95Ms() <= 16, Double.NaN, seed.stepMedianMs()));
        table.add(new BenchTable.Row("the window's heap in use after browsing "
                + (FirstFrame.BROWSE_WARM_UP_DAYS + FirstFrame.BROWSE_DAYS) + " days day by day (its own JVM, after GC)",
                heap < 0 ? Double.NaN : heap, Double.NaN, "MB", "≤ 200 MB",
                heap >= 0 && heap <= 200, Double.NaN, seedHeap < 0 ? Double.NaN : seedHeap));
    }

    private static void firstFrameRow(BenchTable table, String name, FirstFrame.Report r, FirstFrame.Report seed, long goal) {
        long ms = r.firstFrameMs();
        table.add(new BenchTable.Row(name, ms < 0 ? Double.NaN : ms, Double.NaN, "ms", goal > 0 ? "≤ 2,000 ms" : "",
                goal <= 0 || ms >= 0 && ms <= goal, Double.NaN,
                seed == null || seed.firstFrameMs() < 0 ? Double.NaN : seed.firstFrameMs()));
        table.note(ms < 0 ? "  " + r.unmeasured() : "  stages (ms from JVM start): " + r.stagesLine());
    }

    static long heapAfterGc() {
        return HeapInUse.afterFullCollection();
    }

    /** VmHWM from /proc/self/status (Linux), or NaN elsewhere. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
