package org.borderwatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.EventPainter;
import org.borderwatch.render.LayeredFramePainter;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.Viewport;
import org.borderwatch.services.EventWindowCache;
import org.borderwatch.store.Store;

/**
 * Browsing the timeline as the window does it, without a screen: the window's own
 * {@link EventWindowCache} (reads on a background thread, results handed to this thread as the
 * window's FX thread gets them, reading ahead as the window does) and its
 * {@link LayeredFramePainter} at full extent, 1920×1080, with the annotations valid on each day.
 * A date change is timed from the new day to its painted frame, waiting for the day's events when
 * they are not held yet — scrubbing day by day (a new day every 16 ms), playing at 7 and 30 days a
 * second (a new day every 143 and 33 ms, the read-ahead working meanwhile), and jumping 37 days
 * (nothing read ahead). Also: the histogram of the whole span, and the heap in use after browsing.
 */
final class BenchBrowse {
    /** The cache's budget in the window (events held at most). */
    static final int EVENTS_HELD = 60_000;
    /**
     * Date changes before the measured ones: a minute in the window playing at 7 days a second —
     * the code that paints a frame compiled as a user meets it after the first minute, not while
     * the compiler still works on it (40 changes, as before, left that in the p95).
     */
    static final int WARM_UP_STEPS = 420;

    /**
     * What browsing measured.
     *
     * @param scrub     date change → frame, day by day
     * @param play7     the same while playing at 7 days a second
     * @param play30    the same at 30 days a second
     * @param jump      the same for jumps of 37 days
     * @param histogram reading the day counts and binning the whole span
     * @param heapBytes heap in use after browsing (after GC): map, cache, painter
     * @param windowEvents events in the 30-day window of 30 Nov 2023
     */
    record Result(BenchStats.Timing scrub, BenchStats.Timing play7, BenchStats.Timing play30, BenchStats.Timing jump,
                  BenchStats.Timing histogram, long heapBytes, int windowEvents) {
    }

    /** Runs what the window's background results would run on its FX thread, here on the bench's thread. */
    private static final class Loop implements java.util.concurrent.Executor {
        private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        /** Runs what is queued, waiting at most {@code millis} for the first task. */
        void drain(long millis) throws InterruptedException {
            Runnable r = tasks.poll(millis, TimeUnit.MILLISECONDS);
            while (r != null) {
                r.run();
                r = tasks.poll();
            }
        }

        /**
         * Runs what comes in during the next {@code millis}, as the window's FX thread does between
         * two date changes: the time passes whether or not a result arrives (a loop that went on at
         * the first result would play faster than it says, and read more).
         */
        void runFor(long millis) throws InterruptedException {
            long end = System.nanoTime() + millis * 1_000_000;
            for (long left = millis * 1_000_000; left > 0; left = end - System.nanoTime()) {
                Runnable r = tasks.poll(left, TimeUnit.NANOSECONDS);
                if (r != null) {
                    r.run();
                }
            }
        }
    }

    private final Store store;
    private final BaseMap map;
    private final List<Annotation> annotations;
    private final SituationData status;
    private final Loop ui = new Loop();
    private final ExecutorService reads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-window-reads");
        t.setDaemon(true);
        return t;
    });
    private final TimeWindow window = TimeWindow.lastDays(30);
    private final Viewport view = BenchFrames.views().get(0);
    private final MapOptions screen = MapOptions.ALL.withLegend(false);
    private EventWindowCache cache;
    private LayeredFramePainter painter;
    private LocalDate shown;

    private BenchBrowse(Store store, BaseMap map, List<Annotation> annotations) throws Exception {
        this.store = store;
        this.map = map;
        this.annotations = annotations;
        this.status = store.loadStatusData();
    }

    static Result run(Store store, BaseMap map, List<Annotation> annotations, int runs) throws Exception {
        BenchBrowse b = new BenchBrowse(store, map, annotations);
        try {
            return b.measure(runs);
        } finally {
            b.reads.shutdownNow();
        }
    }

    private Result measure(int runs) throws Exception {
        EventDays[] days = new EventDays[1];
        int bins = 1400;
        BenchStats.Timing histogram = BenchStats.time(3, runs, () -> {
            days[0] = store.eventDays();
            histogramBins(days[0], bins);
        });
        cache = new EventWindowCache(EventWindowCache.reading(() -> store, EventPainter.PAINTED_ATTRIBUTES), days[0], EVENTS_HELD, reads, ui);
        painter = new LayeredFramePainter();
        // the measured days begin on 11 Jul 2023, as they always have; the warm-up comes before them
        LocalDate measured = LocalDate.of(2023, 7, 11);
        LocalDate start = measured.minusDays(WARM_UP_STEPS);
        show(start);
        LocalDate brief = LocalDate.of(2023, 11, 30);
        int windowEvents = days[0].total(window.start(brief), brief);
        // warm-up: the painter's layers and the JIT, as after a minute in the window
        for (int i = 1; i <= WARM_UP_STEPS; i++) {
            show(start.plusDays(i));
            ui.runFor(16);
        }
        LocalDate d = measured;
        double[] scrub = new double[runs * 4];
        for (int i = 0; i < scrub.length; i++) {
            d = d.plusDays(1);
            scrub[i] = show(d);
            ui.runFor(Math.max(1, 16 - (long) scrub[i]));
        }
        double[] play7 = play(d.plusDays(60), 7, runs * 4);
        double[] play30 = play(d.plusDays(400), 30, runs * 4);
        double[] jump = new double[runs];
        for (int i = 0; i < runs; i++) {
            jump[i] = show(LocalDate.of(2021, 9, 1).plusDays((i * 37L * 7) % 1500));
            ui.drain(16);
        }
        long heap = BenchCommand.heapAfterGc();
        return new Result(BenchStats.of(scrub), BenchStats.of(play7), BenchStats.of(play30), BenchStats.of(jump), histogram,
                heap, windowEvents);
    }

    /** Playback at {@code daysPerSecond} from {@code from}: each new day timed to its frame, the time between spent as the window spends it. */
    private double[] play(LocalDate from, int daysPerSecond, int steps) throws Exception {
        long interval = 1000 / daysPerSecond;
        show(from);
        // playing goes on from the day shown: its first step comes one interval after, as in the window
        ui.runFor(interval);
        double[] ms = new double[steps];
        LocalDate d = from;
        for (int i = 0; i < steps; i++) {
            long t = System.nanoTime();
            d = d.plusDays(1);
            ms[i] = show(d, daysPerSecond);
            long left = interval - (System.nanoTime() - t) / 1_000_000;
            if (left > 0) {
                ui.runFor(left);
            }
        }
        return ms;
    }

    private double show(LocalDate day) throws Exception {
        return show(day, 1);
    }

    /**
     * Milliseconds from the date change to the painted frame of {@code day}; then, as the window
     * does once the frame is shown, the reading ahead of the next days is started.
     */
    private double show(LocalDate day, int daysPerSecond) throws Exception {
        long t = System.nanoTime();
        LocalDate from = window.start(day);
        List<Event> events = cache.window(from, day);
        if (events == null) {
            boolean[] held = {false};
            cache.request(from, day, () -> held[0] = true);
            while (!held[0]) {
                ui.drain(50);
            }
            events = cache.window(from, day);
        }
        Situation s = SituationAt.of(status, day, window, events);
        List<Annotation> valid = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.visibleOn(day)) {
                valid.add(a);
            }
        }
        painter.paint(MapScene.ofSituation(map, view, s).withAnnotations(valid).withOptions(screen));
        double ms = (System.nanoTime() - t) / 1e6;
        // as in the window, the next days are asked for once the frame is shown
        boolean back = shown != null && day.isBefore(shown);
        shown = day;
        cache.readAhead(day, window, back, daysPerSecond);
        return ms;
    }

    /** The histogram's bins over the whole span: events per bin and category, as the timeline paints them. */
    static int[] histogramBins(EventDays days, int bins) {
        int[] counts = new int[bins * org.borderwatch.domain.Category.values().length];
        if (days.isEmpty()) {
            return counts;
        }
        long first = days.first().toEpochDay();
        long span = days.last().toEpochDay() - first + 1;
        org.borderwatch.domain.Category[] categories = org.borderwatch.domain.Category.values();
        for (int b = 0; b < bins; b++) {
            long s = first + span * b / bins;
            long e = first + span * (b + 1) / bins;
            for (int c = 0; c < categories.length; c++) {
                counts[b * categories.length + c] = days.count(LocalDate.ofEpochDay(s), (int) (e - s), categories[c]);
            }
        }
        return counts;
    }
}
