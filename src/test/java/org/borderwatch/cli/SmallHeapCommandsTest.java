package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.borderwatch.Borderwatch;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a command costs follows what it shows: on a store of 200,000 events, {@code status} and
 * {@code render} of one day run in a JVM whose heap is limited to 128 MB — far less than the
 * events would take if a command read them all.
 */
class SmallHeapCommandsTest {
    private static final int EVENTS = 200_000;

    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void bigStore() throws Exception {
        Path csv = dir.resolve("acled.csv");
        new AcledSampleGenerator(4242L, AcledLayout.CURRENT).write(csv, EVENTS);
        db = dir.resolve("big.db");
        try (Store store = Store.openOrCreateSeeded(db)) {
            AcledImportSupport.importFile(store, csv, AcledImportOptions.DEFAULTS);
            store.completeSearchIndex();
            assertTrue(store.counts().events() >= EVENTS, "the store holds the generated events");
        }
        Files.delete(csv);
    }

    /** Runs {@code borderwatch ARGS} in a child JVM with -Xmx128m; returns its exit code and output. */
    private static String[] run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Borderwatch.class.getName()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--db", db.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("borderwatch " + String.join(" ", args) + " did not end within two minutes");
        }
        return new String[] {String.valueOf(p.exitValue()), new String(out, StandardCharsets.UTF_8)};
    }

    @Test
    void statusOfADayAnswersWithinA128MegabyteHeap() throws Exception {
        String[] r = run("status", "--date", "2023-11-30");
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("Vaalimaa") && r[1].contains("Kuźnica"), r[1]);
        assertTrue(r[1].lines().anyMatch(l -> l.contains("Vaalimaa") && l.contains("closed")), r[1]);
    }

    @Test
    void aSlideOfYearsOfEventsIsRefusedWithItsCountNotReadUntilTheHeapRunsOut() throws Exception {
        Path png = dir.resolve("years.png");
        String[] r = run("render", "--date", "2025-12-31", "--window", "1800", "--view", "both", "--out", png.toString());
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].startsWith("borderwatch render: the 1,800 days ") && r[1].contains("events where its maps show")
                && r[1].contains("MB of memory: choose a shorter window of days"), r[1]);
        assertTrue(!r[1].contains("OutOfMemoryError") && !Files.exists(png), r[1]);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = org.borderwatch.services.ExportFormat.class, names = {"GEOJSON", "KML"})
    void theStoresOwnExportImportsBackWithinA128MegabyteHeapAndChangesNothing(
            org.borderwatch.services.ExportFormat format) throws Exception {
        long before = events();
        Path file = dir.resolve(format == org.borderwatch.services.ExportFormat.KML ? "all.kml" : "all.geojson");
        try {
            String wrote = exportTo(format, file);
            // KML places what it holds: the events without a location are left out of it
            java.util.regex.Matcher written = java.util.regex.Pattern.compile(", (\\d+) events and ").matcher(wrote);
            assertTrue(written.find(), wrote);
            long exported = Long.parseLong(written.group(1));
            String[] r = run("import", file.toString());
            assertEquals("0", r[0], r[1]);
            assertTrue(r[1].contains("events: 0 added, 0 updated, " + exported + " unchanged"), wrote + "\n" + r[1]);
            assertTrue(exported > EVENTS, wrote);
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(before, events(), "the store is as it was");
    }

    private static long events() throws Exception {
        try (Store store = Store.open(db)) {
            return store.counts().events();
        }
    }

    /** Exports the store to {@code file} in {@code format}; what the export says it wrote. */
    private static String exportTo(org.borderwatch.services.ExportFormat format, Path file) throws Exception {
        try (Store store = Store.open(db)) {
            return org.borderwatch.services.ExportFormats.export(store, format, file, java.time.LocalDate.of(2023, 11, 30));
        }
    }

    @Test
    void aSlideOfADayRendersWithinA128MegabyteHeap() throws Exception {
        Path png = dir.resolve("slide.png");
        String[] r = run("render", "--date", "2023-11-30", "--view", "poland", "--out", png.toString());
        assertEquals("0", r[0], r[1]);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
    }
}
