package org.borderwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.slides.DeckPlan;
import org.borderwatch.slides.DeckPlanner;
import org.borderwatch.slides.DeckProgress;
import org.borderwatch.slides.DeckRule;
import org.borderwatch.slides.PdfSlideWriter;
import org.borderwatch.slides.PngSlideWriter;
import org.borderwatch.slides.PptxDeckWriter;
import org.borderwatch.slides.Slide;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideSpec;

/**
 * Slide making as a briefing officer does it: one PNG, one PDF, a 20-slide PowerPoint deck, through
 * the writers the {@code render} and {@code slides} commands and the window use, in a JVM started as
 * those commands start theirs ({@link SlideRuns}). Besides the wall
 * times, notes the CPU time of all the process's threads per run (the PNG and the deck paint on two
 * threads), which says more than wall time on a machine shared with other work.
 */
final class BenchSlides {
    private BenchSlides() {
    }

    /** CPU time of the whole process, nanoseconds (0 when the JVM does not tell). */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Times {@code op} as {@link BenchStats#time} does and notes the mean process CPU per measured run. */
    private static BenchStats.Timing timeWithCpu(BenchTable table, String what, int warmup, int runs, BenchStats.Op op)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        long cpu = processCpu();
        BenchStats.Timing t = BenchStats.time(0, runs, op);
        double ms = (processCpu() - cpu) / 1e6 / runs;
        if (ms > 0) {
            table.note(String.format(java.util.Locale.ROOT, "  %s: %,.0f ms CPU per run, all threads", what, ms));
        }
        return t;
    }

    /**
     * PNG slides as the render command and the window write one: the maps' base begun while the
     * events are read; a new painter each time, so each slide paints its base as the first of its
     * view does.
     */
    private static BenchStats.Timing freshPng(SlideData slideData, BenchTable table, Path out, int runs, String what)
            throws Exception {
        SlideSpec spec = SlideSpec.of("Eastern border closed", DAY, ViewPreset.FINLAND);
        return timeWithCpu(table, what, 1, runs, () ->
                new PngSlideWriter(new SlidePainter()).write(slideData, spec, null, out.resolve("slide.png")));
    }

    /**
     * The PNG slide of {@link #measure} in the bench's own JVM, for information: the optimising
     * compiler compiles beside it, as it does in no command and not in the window.
     */
    static void pngInThisJvm(Path dir, SlideData slideData, BenchTable table, boolean quick) throws Exception {
        Path out = Files.createTempDirectory(dir, "slides");
        table.timing("PNG slide 1920×1080 in the bench's JVM (optimising compiler)",
                freshPng(slideData, table, out, quick ? 3 : 10, "PNG slide in the bench's JVM"), 0, null);
    }

    /** The day of the measured slide and the first of the deck. */
    static final LocalDate DAY = LocalDate.of(2023, 11, 30);
    /** The deck's last day: 20 daily slides. */
    static final LocalDate LAST_DAY = DAY.plusDays(19);

    /**
     * Measures slides of {@code slideData} (each slide reads the events of its window from the
     * store; the annotations are those shown from {@link #DAY} to {@link #LAST_DAY}).
     */
    static void measure(Path dir, SlideData slideData, BenchTable table, boolean quick) throws Exception {
        LocalDate day = DAY;
        SlideSpec spec = SlideSpec.of("Eastern border closed", day, ViewPreset.FINLAND);
        Path out = Files.createTempDirectory(dir, "slides");
        SlidePainter painter = new SlidePainter();
        int runs = quick ? 3 : 10;
        table.timing("PNG slide 1920×1080 (compose + paint + encode)", freshPng(slideData, table, out, runs, "PNG slide"),
                300, null);
        // as the composer's export after one of the same view, or a painter writing slide after slide:
        // the base copied, the day's overlays painted over it
        LocalDate[] days = {day, day.plusDays(7)};
        int[] next = {0};
        BenchStats.Timing again = timeWithCpu(table, "PNG slide, same view again", 1, runs, () ->
                new PngSlideWriter(painter).write(slideData, spec.withDate(days[next[0]++ % 2]), null,
                        out.resolve("slide.png")));
        table.timing("PNG slide, the same view again (its base map kept)", again, 0, null);
        BenchStats.Timing pdf = timeWithCpu(table, "PDF slide", 1, runs, () -> {
            Slide slide = slideData.compose(spec);
            new PdfSlideWriter(painter).write(slide, out.resolve("slide.pdf"));
        });
        table.timing("PDF slide (vector, fonts embedded)", pdf, 0, null);
        DeckPlan plan = DeckPlanner.plan(slideData.situation(), slideData.events(), spec, day, LAST_DAY,
                DeckRule.every(1), false);
        BenchStats.Timing deck = timeWithCpu(table, "PPTX deck", quick ? 0 : 1, quick ? 1 : 3, () ->
                new PptxDeckWriter(painter).write(plan, slideData, out.resolve("deck.pptx"), DeckProgress.NONE));
        table.timing("PPTX deck, " + plan.steps().size() + " slides + title slide", deck, 5000, null);
    }
}
