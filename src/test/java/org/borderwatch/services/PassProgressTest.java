package org.borderwatch.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import read in passes says what it does and how far it is, over all its passes, and stops
 * when its progress is told to — with nothing written.
 */
class PassProgressTest {
    private static final KmlReader.ForeignDefaults DEFAULTS =
            new KmlReader.ForeignDefaults("analyst", Instant.parse("2025-01-02T03:04:05Z"), "#FF7F0E");

    @TempDir
    static Path dir;
    private static Path geojson;
    private static Path kml;
    private static Path bundle;
    private static Store target;

    @BeforeAll
    static void files() throws Exception {
        Path csv = dir.resolve("acled.csv");
        new AcledSampleGenerator(11L, AcledLayout.CURRENT).write(csv, 5_000);
        try (Store source = Store.openOrCreateSeeded(dir.resolve("source.db"))) {
            AcledImportSupport.importFile(source, csv, AcledImportOptions.DEFAULTS);
            geojson = dir.resolve("all.geojson");
            kml = dir.resolve("all.kml");
            bundle = dir.resolve("all.json");
            ExportFormats.export(source, ExportFormat.GEOJSON, geojson, java.time.LocalDate.of(2023, 11, 30));
            ExportFormats.export(source, ExportFormat.KML, kml, java.time.LocalDate.of(2023, 11, 30));
            ExportFormats.export(source, ExportFormat.JSON, bundle, java.time.LocalDate.of(2023, 11, 30));
        }
        target = Store.openOrCreateSeeded(dir.resolve("target.db"));
    }

    @AfterAll
    static void close() throws Exception {
        target.close();
    }

    /** Every report, in order. */
    private record Report(String message, long done, long total) {
    }

    private static byte[] exported(Store s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.exportBundle(out);
        return out.toByteArray();
    }

    private static void assertSteady(List<Report> reports, long lastTotal) {
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).done() >= reports.get(i - 1).done(), "never backwards: " + reports);
        }
        reports.forEach(r -> assertTrue(r.done() <= r.total(), "within its total: " + r));
        assertEquals(lastTotal, reports.get(reports.size() - 1).total());
    }

    @Test
    void aGeoJsonImportReportsItsFourPassesInOrder() throws Exception {
        List<Report> reports = new ArrayList<>();
        byte[] before = exported(target);
        ImportResult r = GeoImportSupport.importGeoJson(target, geojson, (m, d, t) -> reports.add(new Report(m, d, t)));
        long size = Files.size(geojson);
        List<String> phases = new ArrayList<>(new LinkedHashSet<>(reports.stream().map(Report::message).toList()));
        assertEquals(List.of("Checking all.geojson", "Converting all.geojson", "Checking the 5,102 events of all.geojson",
                "Writing the 5,102 events of all.geojson"), phases);
        assertTrue(reports.size() > 4 + 2 * (size >> 20), "a report at least every megabyte: " + reports.size());
        Report writing = reports.stream().filter(x -> x.message().startsWith("Writing")).findFirst().orElseThrow();
        long converted = writing.total() / 2 - size;
        assertEquals(2 * size + converted, writing.done(), "the file twice and the converted bundle once before the writing");
        assertSteady(reports, 2 * size + 2 * converted);
        // the seed's 102 events and the 5,000 of the file (another test may have imported them before)
        assertEquals(5_102, r.events().added() + r.events().updated() + r.events().unchanged());
        assertTrue(before.length < exported(target).length || r.events().added() == 0);
    }

    @Test
    void aKmlImportStoppedWhileItWritesLeavesTheStoreAsItWas() throws Exception {
        byte[] before = exported(target);
        List<String> seen = new ArrayList<>();
        CancellationException stop = new CancellationException("cancelled");
        assertEquals(stop, assertThrows(CancellationException.class, () -> GeoImportSupport.importKml(target, kml, DEFAULTS,
                (m, d, t) -> {
                    seen.add(m);
                    if (m.startsWith("Writing") && d > t * 3 / 4 + (1 << 20)) {
                        throw stop;
                    }
                })));
        assertTrue(seen.stream().anyMatch(m -> m.startsWith("Writing the")), seen.toString());
        assertArrayEquals(before, exported(target), "nothing of it was written");
    }

    @Test
    void aBundleImportReportsItsCheckAndItsWritingAndStopsWhenTold() throws Exception {
        byte[] before = exported(target);
        long size = Files.size(bundle);
        List<Report> reports = new ArrayList<>();
        assertThrows(CancellationException.class, () -> GeoImportSupport.importBundle(target, bundle, (m, d, t) -> {
            reports.add(new Report(m, d, t));
            if (m.startsWith("Writing") && d > size + (1 << 20)) {
                throw new CancellationException("cancelled");
            }
        }));
        assertArrayEquals(before, exported(target), "nothing of it was written");
        reports.clear();
        GeoImportSupport.importBundle(target, bundle, (m, d, t) -> reports.add(new Report(m, d, t)));
        assertEquals(List.of("Checking " + bundle.getFileName(), "Writing " + bundle.getFileName()),
                new ArrayList<>(new LinkedHashSet<>(reports.stream().map(Report::message).toList())));
        assertSteady(reports, 2 * size);
    }
}
