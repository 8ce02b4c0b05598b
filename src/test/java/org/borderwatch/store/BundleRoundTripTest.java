package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreEngine.class)
class BundleRoundTripTest {
    @Parameter
    StoreEngine engine;

    @TempDir
    Path dir;

    @Test
    void importsEveryKindOfItemAndCountsThem() throws Exception {
        Path file = TestBundles.write(dir, "sample.json", TestBundles.SAMPLE);
        try (Store store = engine.open(dir, "a.db")) {
            ImportResult r = store.importBundle(file);
            assertEquals(new ImportCounts(4, 0, 0), r.sources());
            assertEquals(new ImportCounts(3, 0, 0), r.crossings());
            assertEquals(new ImportCounts(8, 0, 0), r.intervals());
            assertEquals(new ImportCounts(4, 0, 0), r.events());
            assertEquals(new ImportCounts(2, 0, 0), r.annotations());
            assertEquals(new Counts(4, 3, 8, 4, 2), store.counts());

            SituationData data = store.loadSituationData();
            assertEquals("fi-raja-jooseppi", data.crossings().get(0).id(), "FI-RU first, north to south");
            assertEquals("pl-kuznica", data.crossings().get(2).id());
            Event siewiera = data.events().stream().filter(e -> e.id().startsWith("2023-11-28")).findFirst().orElseThrow();
            assertEquals("Jacek Siewiera", siewiera.attributes().get("speaker"));
            assertEquals(52.2297, siewiera.location().lat());
            Event asylum = data.events().stream().filter(e -> e.id().equals("2023-11-asylum-arrivals")).findFirst().orElseThrow();
            assertEquals(DatePrecision.MONTH, asylum.datePrecision());
            assertEquals(LocalTime.of(20, 0), data.intervalOn("fi-vaalimaa", LocalDate.of(2023, 12, 20)).effectiveTime());
            Annotation camp = store.annotations().get(0);
            assertEquals("Seen on two videos.\nSecond line.", camp.note());
            assertEquals("Polygon", camp.geometry().getGeometryType());
            assertEquals(12.5, store.annotations().get(1).radiusKm());
        }
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenExportIsByteIdentical() throws Exception {
        byte[] first;
        try (Store a = engine.open(dir, "a.db")) {
            a.importBundle(TestBundles.write(dir, "sample.json", TestBundles.SAMPLE));
            a.exportBundle(dir.resolve("first.json"));
            first = Files.readAllBytes(dir.resolve("first.json"));
        }
        try (Store b = engine.open(dir, "b.db")) {
            b.importBundle(dir.resolve("first.json"));
            b.exportBundle(dir.resolve("second.json"));
        }
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("second.json")));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"borderwatch\",\n  \"version\": 2,\n"), text.substring(0, 60));
        assertTrue(text.contains("\"sources\": [\"F3\", \"F14\"]"), "short lists stay on one line");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.indexOf("\"id\": \"F3\"") < text.indexOf("\"id\": \"F14\""), "F3 sorts before F14");
    }

    @Test
    void coordinatesSurviveTheRoundTripToTheLastBit() throws Exception {
        var b = TestBundles.sample();
        double[] tricky = {27.808333333333334, 0.30000000000000004, 1.0E-7, -179.99999999999997, 60.6};
        var ring = (com.fasterxml.jackson.databind.node.ArrayNode) b.at("/annotations/0/geometry/coordinates/0");
        ring.removeAll();
        var f = TestBundles.MAPPER.getNodeFactory();
        ring.add(f.arrayNode().add(tricky[0]).add(tricky[4]));
        ring.add(f.arrayNode().add(tricky[1]).add(tricky[4]));
        ring.add(f.arrayNode().add(tricky[3]).add(tricky[2]));
        ring.add(f.arrayNode().add(tricky[0]).add(tricky[4]));
        ((com.fasterxml.jackson.databind.node.ObjectNode) b.at("/events/1/location")).put("lat", 52.229700000000001)
                .put("lon", tricky[0]);
        try (Store store = engine.open(dir, "a.db")) {
            store.importBundle(TestBundles.write(dir, "tricky.json", b));
            var coords = store.annotations().get(0).geometry().getCoordinates();
            assertEquals(tricky[0], coords[0].x);
            assertEquals(tricky[1], coords[1].x);
            assertEquals(tricky[3], coords[2].x);
            assertEquals(tricky[2], coords[2].y);
            Path out = dir.resolve("tricky-export.json");
            store.exportBundle(out);
            try (Store other = engine.open(dir, "b.db")) {
                other.importBundle(out);
                assertEquals(store.annotations(), other.annotations());
                assertEquals(store.loadSituationData().events(), other.loadSituationData().events());
            }
        }
    }

    @Test
    void aPolygonWithAHoleRoundTrips() throws Exception {
        var b = TestBundles.sample();
        var coords = (com.fasterxml.jackson.databind.node.ArrayNode) b.at("/annotations/0/geometry/coordinates");
        coords.add(TestBundles.MAPPER.readTree("[[23.65, 53.52], [23.66, 53.52], [23.66, 53.53], [23.65, 53.52]]"));
        try (Store store = engine.open(dir, "a.db")) {
            store.importBundle(TestBundles.write(dir, "hole.json", b));
            var polygon = (org.locationtech.jts.geom.Polygon) store.annotations().get(0).geometry();
            assertEquals(1, polygon.getNumInteriorRing());
            String text = new String(TestBundles.export(store), StandardCharsets.UTF_8);
            assertTrue(text.contains("[[[23.6, 53.5], [23.7, 53.5], [23.7, 53.6], [23.6, 53.5]], "
                    + "[[23.65, 53.52], [23.66, 53.52], [23.66, 53.53], [23.65, 53.52]]]"), text);
        }
    }

    @Test
    void anAltitudeIsKeptThroughTheStoreAndBackIntoTheBundle() throws Exception {
        var b = TestBundles.sample();
        var ring = (com.fasterxml.jackson.databind.node.ArrayNode) b.at("/annotations/0/geometry/coordinates/0");
        for (int i = 0; i < ring.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) ring.get(i)).add(150.25 + i);
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) ring.get(ring.size() - 1)).set(2, 150.25);
        try (Store store = engine.open(dir, "a.db")) {
            store.importBundle(TestBundles.write(dir, "altitude.json", b));
            var coords = store.annotations().get(0).geometry().getCoordinates();
            assertEquals(150.25, coords[0].getZ());
            assertEquals(151.25, coords[1].getZ());
            String text = new String(TestBundles.export(store), StandardCharsets.UTF_8);
            assertTrue(text.contains("[[[23.6, 53.5, 150.25], [23.7, 53.5, 151.25], "), text);
        }
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        Path file = TestBundles.write(dir, "sample.json", TestBundles.SAMPLE);
        try (Store store = engine.open(dir, "a.db")) {
            store.importBundle(file);
            byte[] before = TestBundles.export(store);
            ImportResult again = store.importBundle(file);
            assertTrue(again.unchanged(), again.lines().toString());
            assertEquals(new ImportCounts(0, 0, 4), again.events());
            assertEquals(new ImportCounts(0, 0, 8), again.intervals());
            assertArrayEquals(before, TestBundles.export(store));
            assertEquals(new Counts(4, 3, 8, 4, 2), store.counts());
        }
    }

    @Test
    void aChangedItemIsUpdatedInPlaceAndAnnotationHistoryKeepsTheOldText() throws Exception {
        try (Store store = engine.open(dir, "a.db")) {
            store.importBundle(TestBundles.write(dir, "sample.json", TestBundles.SAMPLE));
            var changed = TestBundles.sample();
            ((com.fasterxml.jackson.databind.node.ObjectNode) changed.at("/events/3")).put("title", "Vaalimaa opens for one day");
            ((com.fasterxml.jackson.databind.node.ObjectNode) changed.at("/intervals/3")).put("reason", "Closed again at 20:00");
            ((com.fasterxml.jackson.databind.node.ObjectNode) changed.at("/annotations/0")).put("note", "Third video.");
            ImportResult r = store.importBundle(TestBundles.write(dir, "changed.json", changed));
            assertEquals(new ImportCounts(0, 1, 3), r.events());
            assertEquals(new ImportCounts(0, 1, 7), r.intervals());
            assertEquals(new ImportCounts(0, 1, 1), r.annotations());
            assertEquals(new Counts(4, 3, 8, 4, 2), store.counts());
            assertEquals("Third video.", store.annotations().get(0).note());
            assertEquals(1, store.search("opens one day", 10).size());
            assertTrue(store.search("reopens", 10).isEmpty(), "the old title is no longer indexed");
            var history = store.annotationRepository().history("6f1c1d7e-0000-4000-8000-000000000001").stream()
                    .map(v -> v.revision() + " " + v.action().code() + " " + Sql.jsonArray(v.changedFields()) + " "
                            + (v.previous() != null && v.previous().note().contains("Seen on two videos"))).toList();
            assertEquals(java.util.List.of(
                    "1 create [\"kind\",\"geometry\",\"title\",\"note\",\"author\",\"created\",\"modified\",\"tags\",\"events\","
                            + "\"confidence\",\"validFrom\",\"validUntil\",\"color\",\"radiusKm\"] false",
                    "2 update [\"note\"] true"), history);
        }
    }
}
