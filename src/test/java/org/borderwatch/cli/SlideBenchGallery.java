package org.borderwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.slides.Banner;
import org.borderwatch.slides.DeckPlan;
import org.borderwatch.slides.DeckPlanner;
import org.borderwatch.slides.DeckProgress;
import org.borderwatch.slides.DeckRule;
import org.borderwatch.slides.PdfSlideWriter;
import org.borderwatch.slides.PngSlideWriter;
import org.borderwatch.slides.PptxDeckWriter;
import org.borderwatch.slides.Slide;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlideFixtures;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideParts;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;
import org.borderwatch.slides.SvgSlideWriter;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The briefing officer's morning with the seeded store: one slide of 30 Nov 2023 as PNG and PDF,
 * the deck of status changes 16 Nov – 20 Dec 2023, and a 20-slide deck, written to
 * target/slides-gallery with their times printed (figures, not assertions). Off by default; run
 * with {@code -Dslides.gallery=true -Dtest=SlideBenchGallery}; {@code -Dslides.maps=DIR} paints on
 * the map files of DIR instead of the coarse test map.
 */
@EnabledIfSystemProperty(named = "slides.gallery", matches = "true")
class SlideBenchGallery {
    @Test
    void briefingMorning() throws Exception {
        Path dir = Path.of("target", "slides-gallery");
        Files.createDirectories(dir);
        Path db = Files.createTempDirectory("bw-gallery").resolve("store.db");
        SituationData situation;
        try (Store store = Store.openOrCreateSeeded(db)) {
            situation = store.loadSituationData();
        }
        String mapsDir = System.getProperty("slides.maps");
        BaseMap map = mapsDir == null ? SlideFixtures.map()
                : BaseMap.load(name -> Files.newInputStream(Path.of(mapsDir).resolve(Path.of(name).getFileName())));
        System.out.println("map: " + (mapsDir == null ? "test fixture" : mapsDir));
        SlideData data = SlideData.of(situation, map);
        SlideSpec spec = SlideSpec.of("South-eastern Finland: the land border closes", LocalDate.of(2023, 11, 30),
                        ViewPreset.FINLAND)
                .withSubtitle("All crossings closed except Vainikkala rail freight")
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
        SlidePainter painter = new SlidePainter();
        Slide slide = data.compose(spec);
        new PngSlideWriter(painter).write(slide, dir.resolve("seed-slide.png"));
        new PngSlideWriter(painter).write(data.compose(SlideSpec.of("Poland closes the Belarus border for Zapad-2025",
                LocalDate.of(2025, 9, 14), ViewPreset.POLAND).withParts(SlideParts.DEFAULT.withEventLabels(true))
                .withBanner(Banner.of("OFFICIAL — SENSITIVE", "#FFD600"))), dir.resolve("seed-poland.png"));
        new PngSlideWriter(painter).write(data.compose(SlideSpec.of("Both frontiers", LocalDate.of(2024, 6, 15),
                ViewPreset.BOTH).withSize(SlideSize.STANDARD)), dir.resolve("seed-both-4x3.png"));
        time("PNG 1920x1080", 5, () -> new PngSlideWriter(painter).write(data.compose(spec), dir.resolve("seed-slide.png")));
        time("SVG 16:9", 3, () -> new SvgSlideWriter(painter).write(data.compose(spec), dir.resolve("seed-slide.svg")));
        System.out.println("sizes: PNG " + Files.size(dir.resolve("seed-slide.png")) / 1024 + " KiB, SVG "
                + Files.size(dir.resolve("seed-slide.svg")) / 1024 + " KiB");
        time("PDF 16:9", 5, () -> new PdfSlideWriter(painter).write(data.compose(spec), dir.resolve("seed-slide.pdf")));
        DeckPlan changes = DeckPlanner.plan(situation, spec.withTitle("Finland–Russia border crossings"),
                LocalDate.of(2023, 11, 16), LocalDate.of(2023, 12, 20), DeckRule.changes(), false);
        new PptxDeckWriter(painter).write(changes, data, dir.resolve("seed-changes.pptx"), DeckProgress.NONE);
        System.out.println("changes deck: " + (changes.steps().size() + 1) + " slides");
        DeckPlan twenty = DeckPlanner.plan(situation, spec.withTitle("Finland–Russia border, every 2 days"),
                LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 8), DeckRule.every(2), false);
        System.out.println("twenty deck: " + twenty.steps().size() + " map slides");
        System.out.println("PDF " + Files.size(dir.resolve("seed-slide.pdf")) / 1024 + " KiB");
        time("PPTX deck of " + twenty.steps().size() + " map slides + title", 1, () -> new PptxDeckWriter(painter)
                .write(twenty, data, dir.resolve("seed-twenty.pptx"), DeckProgress.NONE));
        System.out.println("twenty deck size: " + Files.size(dir.resolve("seed-twenty.pptx")) / 1024 + " KiB");
    }

    interface Job {
        void run() throws Exception;
    }

    private static void time(String what, int runs, Job job) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        job.run();
        long best = Long.MAX_VALUE;
        long total = 0;
        long bestCpu = Long.MAX_VALUE;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long bestProcess = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            job.run();
            bestProcess = Math.min(bestProcess, os.getProcessCpuTime() - p0);
            long t = System.nanoTime() - t0;
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf(Locale.ROOT, "%s: best %.0f ms, mean %.0f ms over %d runs (after one warm-up); "
                + "CPU time at best: calling thread %.0f ms, whole process %.0f ms%n", what, best / 1e6, total / 1e6 / runs,
                runs, bestCpu / 1e6, bestProcess / 1e6);
    }
}
