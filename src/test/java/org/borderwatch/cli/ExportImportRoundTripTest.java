package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.interop.OgrInfo;
import org.borderwatch.interop.SampleSituation;
import org.borderwatch.services.ExportFormat;
import org.borderwatch.services.ExportFormats;
import org.borderwatch.services.GeoImportSupport;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportRoundTripTest {
    private static final KmlReader.ForeignDefaults DEFAULTS =
            new KmlReader.ForeignDefaults("analyst", Instant.parse("2025-01-02T03:04:05Z"), "#FF7F0E");

    @TempDir
    Path dir;
    Store full;
    Store empty;

    @BeforeEach
    void open() throws Exception {
        full = Store.open(dir.resolve("full.db"));
        SampleStore.fill(full, SampleSituation.data(), SampleSituation.annotations(), true);
        empty = Store.open(dir.resolve("empty.db"));
        SampleStore.fill(empty, SampleSituation.data(), SampleSituation.annotations(), false);
    }

    @AfterEach
    void close() throws Exception {
        full.close();
        empty.close();
    }

    @Test
    void geoJsonExportImportsIntoAnotherStoreWithEverythingEqual() throws Exception {
        Path file = dir.resolve("out/situation.geojson");
        String line = ExportFormats.export(full, ExportFormat.GEOJSON, file, SampleSituation.DAY);
        assertEquals("wrote 3 crossings, 3 events and 5 annotations to " + file, line);
        ImportResult r = GeoImportSupport.importGeoJson(empty, file);
        assertEquals(3, r.events().added());
        assertEquals(5, r.annotations().added());
        SituationData a = full.loadSituationData();
        SituationData b = empty.loadSituationData();
        assertEquals(a.events(), b.events());
        assertEquals(full.annotations(), empty.annotations());
        assertTrue(GeoImportSupport.importGeoJson(full, file).unchanged(), "re-importing an export changes nothing");
        if (OgrInfo.executable() != null) {
            OgrInfo.assertReadable(file);
        }
    }

    @Test
    void kmlExportImportsBackPlacedEventsAndAnnotations() throws Exception {
        Path file = dir.resolve("situation.kml");
        String line = ExportFormats.export(full, ExportFormat.KML, file, SampleSituation.DAY);
        assertEquals("wrote 3 crossings, 2 events and 5 annotations to " + file + " (1 event without a location left out)", line);
        ImportResult r = GeoImportSupport.importKml(empty, file, DEFAULTS);
        assertEquals(2, r.events().added());
        assertEquals(5, r.annotations().added());
        assertEquals(full.annotations(), empty.annotations());
        assertTrue(GeoImportSupport.importKml(full, file, DEFAULTS).unchanged());
        if (OgrInfo.executable() != null) {
            OgrInfo.assertReadable(file);
        }
    }

    @Test
    void kmzExportHoldsTheSameKmlAndItsIcons() throws Exception {
        Path file = dir.resolve("situation.kmz");
        String line = ExportFormats.export(full, ExportFormat.KMZ, file, SampleSituation.DAY);
        assertTrue(line.endsWith(", 2 events and 5 annotations to " + file + " (1 event without a location left out)"), line);
        Path kml = dir.resolve("doc.kml");
        int icons = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("doc.kml")) {
                    Files.write(kml, zip.readAllBytes());
                } else if (e.getName().endsWith(".png")) {
                    icons++;
                }
            }
        }
        assertTrue(icons > 20, icons + " icons");
        ImportResult r = GeoImportSupport.importKml(empty, kml, DEFAULTS);
        assertEquals(2, r.events().added());
        assertEquals(5, r.annotations().added());
        assertEquals(full.annotations(), empty.annotations());
    }

    @Test
    void jsonExportIsTheStoresBundle() throws Exception {
        Path file = dir.resolve("bundle.json");
        ExportFormats.export(full, ExportFormat.JSON, file, SampleSituation.DAY);
        assertTrue(Files.readString(file).contains("\"format\""));
    }

    @Test
    void aFailedReadWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":null,\"properties\":{\"layer\":\"event\",\"id\":\"e1\",\"date\":\"2024-01-01\",\"title\":\"T\","
                + "\"category\":\"closure\",\"border\":\"FI-RU\",\"crossing_id\":\"fi-nowhere\",\"sources\":[\"F3\"]}}]}");
        InputFormatException e = assertThrows(InputFormatException.class, () -> GeoImportSupport.importGeoJson(empty, file));
        assertEquals("bad.geojson: /features/0/properties/crossing_id: the crossing \"fi-nowhere\" is not in the store", e.getMessage());
        assertEquals(0, empty.loadSituationData().events().size());
    }
}
