package org.borderwatch.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.render.LayeredFramePainter;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench [--events N] [--quick]}: builds a synthetic store in a temporary folder and prints
 * the performance figures with their goals and a ratio against a naive baseline measured in the
 * same run. Never part of the tests: timings depend on the machine and how busy it is.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure painting, the situation query, search, import, slides, start-up and memory.")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", defaultValue = "100000", description = "synthetic events in the store (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--quick", description = "fewer events and runs: under a minute")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int n = quick && !spec.commandLine().getParseResult().hasMatchedOption("--events") ? 20_000 : events;
        int runs = quick ? 7 : 30;
        int importRows = quick ? 50_000 : 200_000;
        BenchTable table = new BenchTable();
        out.printf(Locale.ROOT, "Borderwatch bench: %d cores, Java %s, max heap %d MB, %,d events%s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, n, quick ? " (quick)" : "");
        out.flush();
        Path dir = Files.createTempDirectory("borderwatch-bench");
        try {
            long t = System.nanoTime();
            AcledImportResult built = BenchStore.build(dir, n, 5_000);
            out.printf(Locale.ROOT, "built the store in %.1f s (%,d events imported, 5,000 annotations)%n",
                    (System.nanoTime() - t) / 1e9, built.added());
            out.flush();
            measure(dir, table, runs, importRows, out);
        } finally {
            delete(dir);
        }
        table.note(String.format(Locale.ROOT, "peak resident set size of this process: %.0f MB (VmHWM)", peakRssMb()));
        table.print(out);
        return 0;
    }

    private void measure(Path dir, BenchTable table, int runs, int importRows, PrintWriter out) throws Exception {
        long t = System.nanoTime();
        BaseMap map = BaseMap.loadBundled();
        table.add(new BenchTable.Row("load the base map (compact pre-projected form)", (System.nanoTime() - t) / 1e6, Double.NaN,
                "ms", "", true, Double.NaN));
        SituationData data;
        List<Annotation> annotations;
        try (Store store = Store.open(dir.resolve("bench.db"))) {
            t = System.nanoTime();
            data = store.loadSituationData();
            table.add(new BenchTable.Row("load the situation snapshot (" + data.events().size() + " events)",
                    (System.nanoTime() - t) / 1e6, Double.NaN, "ms", "", true, Double.NaN));
            annotations = store.annotations();
            searches(store, data, table, runs);
        }
        long heap = heapAfterGc();
        table.add(new BenchTable.Row("heap in use: map + " + data.events().size() + " events + annotations (after GC)",
                heap / 1e6, Double.NaN, "MB", "≤ 300 MB", heap / 1e6 <= 300, Double.NaN));
        frames(map, data, annotations, table, runs, out);
        AcledImportBenchmark.Measurement m = AcledImportBenchmark.run(importRows);
        table.add(new BenchTable.Row(String.format(Locale.ROOT, "ACLED import, %,d rows (%.0f MB)", m.rows(), m.fileBytes() / 1e6),
                m.rowsPerSecond(), Double.NaN, "rows/s", "≥ 100,000 rows/s", m.rowsPerSecond() >= 100_000, Double.NaN));
        table.note(String.format(Locale.ROOT, "  ACLED import CPU: %.1f s on the importing thread; reading and mapping alone %,.0f rows/s; "
                + "searchable %.1f s after the commit (%,.0f rows/s until then); as this JVM's first import %,.0f rows/s",
                m.cpuSeconds(), m.parseRowsPerSecond(), m.searchableSeconds(),
                m.rows() / (m.totalSeconds() + m.searchableSeconds()), m.firstRowsPerSecond()));
        BenchSlides.measure(dir, data, annotations, map, table, quick);
        firstFrames(dir.resolve("bench.db"), table);
    }

    /** The first frame in a fresh JVM: as {@code java -jar} starts it, and as {@code bin/borderwatch} does. */
    private static void firstFrames(Path db, BenchTable table) throws Exception {
        Path archive = FirstFrame.classDataArchive();
        FirstFrame.Report plain = FirstFrame.run(db, "512m", null);
        firstFrameRow(table, "first painted frame after JVM start (java -jar, -Xmx512m)", plain);
        if (archive != null) {
            FirstFrame.Report launcher = FirstFrame.run(db, "512m", archive);
            firstFrameRow(table, "first painted frame after JVM start (bin/borderwatch: class-data archive)", launcher);
        } else {
            table.note("  no class-data archive next to the jar (mvn package writes target/" + FirstFrame.ARCHIVE
                    + "): start-up measured without it only");
        }
    }

    private static void firstFrameRow(BenchTable table, String name, FirstFrame.Report r) {
        long ms = r.firstFrameMs();
        table.add(new BenchTable.Row(name, ms < 0 ? Double.NaN : ms, Double.NaN, "ms", "≤ 2,000 ms",
                ms >= 0 && ms <= 2000, Double.NaN));
        table.note(ms < 0 ? "  " + r.unmeasured()
                : "  stages (ms from JVM start): " + r.stagesLine());
    }

    private static void searches(Store store, SituationData data, BenchTable table, int runs) throws Exception {
        for (String q : new String[] {"kuznica", "border guard", "protest Terespol"}) {
            BenchStats.Timing fts = BenchStats.time(3, runs, () -> store.search(q, 50));
            String[] terms = q.toLowerCase(Locale.ROOT).split(" ");
            BenchStats.Timing scan = BenchStats.time(1, Math.max(3, runs / 5), () -> {
                List<Event> hits = new ArrayList<>();
                for (Event e : data.events()) {
                    String text = (e.title() + " " + e.summary() + " " + e.place()).toLowerCase(Locale.ROOT);
                    boolean all = true;
                    for (String term : terms) {
                        all &= text.contains(term);
                    }
                    if (all && hits.size() < 50) {
                        hits.add(e);
                    }
                }
            });
            table.timing("full-text search '" + q + "' (50 hits; baseline: scan)", fts, 10, scan);
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                store.search(q, 50);
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            java.util.Arrays.sort(cpu);
            table.note(String.format(Locale.ROOT, "  search '%s': CPU time of the searching thread %.1f / %.1f ms "
                    + "(median / p95; what a busy machine adds is waiting)", q, cpu[runs / 2],
                    cpu[Math.min(runs - 1, (int) Math.ceil(0.95 * runs) - 1)]));
        }
    }

    private static void frames(BaseMap map, SituationData data, List<Annotation> annotations, BenchTable table, int runs,
                               PrintWriter out) throws Exception {
        BenchFrames frames = new BenchFrames(map);
        LocalDate day = LocalDate.of(2023, 11, 30);
        TimeWindow window = TimeWindow.lastDays(30);
        MapOptions screen = MapOptions.ALL.withLegend(false);
        List<Viewport> views = BenchFrames.views();
        // the window paints hundreds of frames a session: its frames are timed once the JIT has compiled the path
        int warm = 12;
        long cached = 0;
        for (int i = 0; i < views.size(); i++) {
            Viewport v = views.get(i);
            MapScene base = MapScene.base(map, v);
            BenchStats.Timing lod = BenchStats.time(2, runs, () -> frames.paintBase(base, true));
            BenchStats.Timing noLod = BenchStats.time(1, Math.max(3, runs / 5), () -> frames.paintBase(base, false));
            table.timing("base map painted, " + BenchFrames.name(i) + " (baseline: no LOD)", lod, 0, noLod);
            Situation s = BenchFrames.situation(data, day, window);
            MapScene scene = MapScene.ofSituation(map, v, s).withAnnotations(
                    annotations.stream().filter(a -> a.visibleOn(day)).toList()).withOptions(screen);
            LayeredFramePainter painter = BenchFrames.window(scene);
            BenchStats.Timing frame = BenchStats.time(warm, runs, () -> BenchFrames.frame(painter, scene));
            BenchStats.Timing naive = BenchStats.time(1, Math.max(3, runs / 5), () -> frames.naiveFrame(scene));
            table.timing("frame with overlays, " + BenchFrames.name(i) + " (baseline: all from scratch)", frame,
                    i == 0 ? 16 : 0, naive);
            cached = Math.max(cached, painter.cachedBytes());
            out.printf(Locale.ROOT, "  measured frames at %s%n", BenchFrames.name(i));
            out.flush();
        }
        Viewport full = views.get(0);
        LayeredFramePainter painter = BenchFrames.window(MapScene.base(map, full).withOptions(screen));
        int[] k = {0};
        BenchStats.Timing change = BenchStats.time(warm, runs, () -> {
            LocalDate d = LocalDate.of(2021, 9, 1).plusDays((k[0]++ * 37L) % 1500);
            Situation s = BenchFrames.situation(data, d, window);
            BenchFrames.frame(painter, MapScene.ofSituation(map, full, s).withOptions(screen));
        });
        int[] j = {0};
        BenchStats.Timing naiveChange = BenchStats.time(1, Math.max(3, runs / 5), () -> {
            LocalDate d = LocalDate.of(2021, 9, 1).plusDays((j[0]++ * 37L) % 1500);
            Situation s = BenchFrames.naiveSituation(data, d, window);
            frames.naiveFrame(MapScene.ofSituation(map, full, s).withOptions(screen));
        });
        table.timing("date change → frame, " + data.events().size() + " events, 30-day window", change, 16, naiveChange);
        // the window with 5,000 annotations in the store: those valid on the new date are chosen and drawn
        BenchStats.Timing jump = BenchStats.time(warm, runs, () -> {
            LocalDate d = LocalDate.of(2021, 9, 1).plusDays((k[0]++ * 37L) % 1500);
            Situation s = BenchFrames.situation(data, d, window);
            BenchFrames.frame(painter, MapScene.ofSituation(map, full, s).withOptions(screen)
                    .withAnnotations(annotations.stream().filter(a -> a.visibleOn(d)).toList()));
        });
        BenchStats.Timing naiveJump = BenchStats.time(1, Math.max(3, runs / 5), () -> {
            LocalDate d = LocalDate.of(2021, 9, 1).plusDays((j[0]++ * 37L) % 1500);
            Situation s = BenchFrames.naiveSituation(data, d, window);
            frames.naiveFrame(MapScene.ofSituation(map, full, s).withOptions(screen)
                    .withAnnotations(annotations.stream().filter(a -> a.visibleOn(d)).toList()));
        });
        table.timing("date change → frame, + annotations valid on the date", jump, 16, naiveJump);
        int[] day1 = {0};
        BenchStats.Timing scrub = BenchStats.time(warm, runs, () -> {
            LocalDate d = day.plusDays(day1[0]++);
            Situation s = BenchFrames.situation(data, d, window);
            BenchFrames.frame(painter, MapScene.ofSituation(map, full, s).withOptions(screen)
                    .withAnnotations(annotations.stream().filter(a -> a.visibleOn(d)).toList()));
        });
        table.timing("  the same, scrubbing day by day", scrub, 16, naiveJump);
        cached = Math.max(cached, painter.cachedBytes());
        table.note(String.format(Locale.ROOT, "  the window's cached images (base, frame, closure and annotation layers, sprites): %.0f MB",
                cached / 1e6));
        BenchStats.Timing query = BenchStats.time(100, runs * 10, () ->
                BenchFrames.situation(data, LocalDate.of(2021, 9, 1).plusDays((k[0]++ * 37L) % 1500), window));
        BenchStats.Timing naiveQuery = BenchStats.time(3, runs, () ->
                BenchFrames.naiveSituation(data, LocalDate.of(2021, 9, 1).plusDays((k[0]++ * 37L) % 1500), window));
        table.timing("situation query alone (baseline: linear scan)", query, 0, naiveQuery);
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
