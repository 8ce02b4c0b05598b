package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.SituationData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class GeoJsonRoundTripTest {
    @TempDir
    Path dir;

    /** What the store holds before a round trip: the crossings only. */
    private static KnownIds known() {
        return new KnownIds(Set.of(), Set.of("fi-vaalimaa", "pl-kuznica", "pl-terespol-road"), Set.of());
    }

    private static byte[] export(SituationData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = new GeoJsonWriter().write(out, ExportContent.everything(data, SampleSituation.annotations(), SampleSituation.DAY));
        assertEquals(data.crossings().size() + data.events().size() + SampleSituation.annotations().size(), n);
        return out.toByteArray();
    }

    private static GeoJsonReader.Result read(String json, Set<String> known) throws Exception {
        return GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.geojson", new KnownIds(known, Set.of(), Set.of()));
    }

    @Test
    void eventsAndAnnotationsComeBackEqualAndCrossingsArePassedOver() throws Exception {
        SituationData data = SampleSituation.data();
        byte[] bytes = export(data);
        GeoJsonReader.Result back = GeoJsonReader.read(new ByteArrayInputStream(bytes), "all.geojson", known());
        assertEquals(data.events(), back.events());
        assertEquals(SampleSituation.annotations(), back.annotations());
        assertEquals(List.copyOf(data.sources().values()), back.sources().stream()
                .sorted((a, b) -> List.of("F3", "P13", "G3").indexOf(a.id()) - List.of("F3", "P13", "G3").indexOf(b.id())).toList());
        assertEquals(3, back.crossingsIgnored());
    }

    @Test
    void aFileCheckedThenReadEventByEventGivesWhatReadingItWholeGives() throws Exception {
        SituationData data = SampleSituation.data();
        Path file = dir.resolve("all.geojson");
        Files.write(file, export(data));
        GeoJsonReader.Result whole = GeoJsonReader.read(file, known());
        FirstPass checked;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            checked = GeoJsonReader.check(in, "all.geojson", known());
        }
        assertEquals(whole.events().size(), checked.events());
        assertEquals(whole.annotations(), checked.annotations());
        assertEquals(whole.sources(), checked.sources());
        assertEquals(whole.crossingsIgnored(), checked.crossingsIgnored());
        List<org.borderwatch.domain.Event> streamed = new java.util.ArrayList<>();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            GeoJsonReader.events(in, "all.geojson", known(), streamed::add);
        }
        assertEquals(whole.events(), streamed, "the second pass hands the events in file order");
    }

    @Test
    void theCollectionsMembersMayComeInAnyOrder() throws Exception {
        String feature = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[27.8,60.6]},"
                + "\"properties\":{\"layer\":\"event\",\"id\":\"e1\",\"date\":\"2023-11-18\",\"title\":\"T\","
                + "\"category\":\"closure\",\"border\":\"FI-RU\",\"sources\":[\"F3\"]}}";
        GeoJsonReader.Result r = read("{\"features\":[" + feature + "],\"name\":\"x\",\"type\":\"FeatureCollection\"}", Set.of("F3"));
        assertEquals("e1", r.events().get(0).id());
        assertEquals("in.geojson: /type: expected \"FeatureCollection\", found nothing",
                assertThrows(InputFormatException.class, () -> read("{\"features\":[" + feature + "]}", Set.of("F3"))).getMessage());
        assertEquals("in.geojson: /features: a FeatureCollection needs a \"features\" array",
                assertThrows(InputFormatException.class, () -> read("{\"type\":\"FeatureCollection\"}", Set.of("F3"))).getMessage());
        assertTrue(assertThrows(InputFormatException.class, () -> read("{\"type\":\"FeatureCollection\",\"features\":[]} []",
                Set.of("F3"))).getMessage().contains("more JSON after the end"));
    }

    @Test
    void featuresAreLonLatAndCrossingsCarryStatusAndHistory() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export(SampleSituation.data()));
        assertEquals("FeatureCollection", root.get("type").asText());
        JsonNode vaalimaa = root.get("features").get(0);
        assertEquals("[27.80833,60.6]", vaalimaa.get("geometry").get("coordinates").toString());
        JsonNode p = vaalimaa.get("properties");
        assertEquals("crossing", p.get("layer").asText());
        assertEquals("closed", p.get("status").asText(), "closed on 2023-12-01");
        assertEquals("2023-11-18", p.get("status_since").asText());
        assertEquals("2023-12-14", p.get("status_until").asText());
        assertEquals(4, p.get("history").size());
        assertEquals("20:00", p.get("history").get(3).get("effective_time").asText());
        assertTrue(p.get("history").get(3).get("until").isNull());
        JsonNode acled = root.get("features").get(5);
        assertEquals("POL20231", acled.get("properties").get("attr.event_id_cnty").asText());
        assertEquals("Finnish Customs", root.get("features").get(4).get("properties").get("sources").get(0).get("publisher").asText());
        JsonNode ring = root.get("features").get(10);
        assertEquals("ring", ring.get("properties").get("kind").asText());
        assertEquals(30.0, ring.get("properties").get("radius_km").asDouble());
    }

    @Test
    void polygonExteriorsAreWrittenCounterClockwise() throws Exception {
        var cw = SampleSituation.GF.createPolygon(new Coordinate[] {
            new Coordinate(23.5, 52.6), new Coordinate(23.5, 52.85), new Coordinate(23.95, 52.85),
            new Coordinate(23.95, 52.6), new Coordinate(23.5, 52.6)});
        var a = SampleSituation.annotations().get(2);
        var clockwise = new org.borderwatch.domain.Annotation(a.id(), a.kind(), cw, a.title(), a.note(), a.author(),
                a.created(), a.modified(), a.tags(), a.eventIds(), a.confidence(), a.validFrom(), a.validUntil(), a.color(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter().write(out, new ExportContent(SampleSituation.data(), List.of(clockwise), SampleSituation.DAY, false, false));
        JsonNode ring = new ObjectMapper().readTree(out.toByteArray()).get("features").get(0).get("geometry").get("coordinates").get(0);
        assertEquals("[23.95,52.6]", ring.get(1).toString(), "second vertex goes east first: counter-clockwise");
    }

    @Test
    void problemsAreReportedAtTheirJsonPointer() {
        String head = "{\"type\":\"FeatureCollection\",\"features\":[";
        String event = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":%s},\"properties\":"
                + "{\"layer\":\"event\",\"id\":\"e1\",\"date\":\"%s\",\"title\":\"T\",\"category\":\"closure\","
                + "\"border\":\"FI-RU\",\"sources\":[\"F3\"]}}";
        Set<String> known = Set.of("F3");
        assertEquals("in.geojson: /features/0/geometry/coordinates/1: latitude 95 is outside −90…90 degrees (positions are [longitude, latitude])",
                assertThrows(InputFormatException.class, () -> read(head + String.format(event, "[27.8,95]", "2023-11-18") + "]}", known)).getMessage());
        assertEquals("in.geojson: /features/0/properties/date: \"18.11.2023\" is not a date YYYY-MM-DD",
                assertThrows(InputFormatException.class, () -> read(head + String.format(event, "[27.8,60.6]", "18.11.2023") + "]}", known)).getMessage());
        assertEquals("in.geojson: /features/0/properties/sources/0: the source \"F3\" is neither in the store nor described in this file",
                assertThrows(InputFormatException.class, () -> read(head + String.format(event, "[27.8,60.6]", "2023-11-18") + "]}", Set.of())).getMessage());
        String twice = head + String.format(event, "[27.8,60.6]", "2023-11-18") + "," + String.format(event, "[27.8,60.6]", "2023-11-19") + "]}";
        assertEquals("in.geojson: /features/1/properties/id: the id \"e1\" appears twice in the file",
                assertThrows(InputFormatException.class, () -> read(twice, known)).getMessage());
        String openRing = head + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[23,52],[24,52],[24,53],[23,53]]]},"
                + "\"properties\":{\"layer\":\"annotation\",\"id\":\"a\",\"kind\":\"polygon\"}}]}";
        assertEquals("in.geojson: /features/0/geometry/coordinates/0: expected a closed ring (the last position equal to the first)",
                assertThrows(InputFormatException.class, () -> read(openRing, known)).getMessage());
        assertEquals("in.geojson: /type: expected \"FeatureCollection\", found \"Feature\"",
                assertThrows(InputFormatException.class, () -> read("{\"type\":\"Feature\"}", known)).getMessage());
        InputFormatException syntax = assertThrows(InputFormatException.class, () -> read("{\"type\":\n\"FeatureCollection\",,}", known));
        assertTrue(syntax.getMessage().startsWith("in.geojson:2:"), syntax.getMessage());
        String noAuthor = head + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[23,52]},"
                + "\"properties\":{\"layer\":\"annotation\",\"id\":\"a\",\"kind\":\"point\",\"created\":\"2024-01-01T00:00:00Z\","
                + "\"modified\":\"2024-01-01T00:00:00Z\",\"color\":\"#000000\"}}]}";
        assertEquals("in.geojson: /features/0/properties/author: \"author\" is required",
                assertThrows(InputFormatException.class, () -> read(noAuthor, known)).getMessage());
    }

    @Test
    void referencesToCrossingsAndEventsMustResolve() throws Exception {
        byte[] bytes = export(SampleSituation.data());
        InputFormatException crossing = assertThrows(InputFormatException.class,
                () -> GeoJsonReader.read(new ByteArrayInputStream(bytes), "all.geojson", KnownIds.NONE));
        assertEquals("all.geojson: /features/4/properties/crossing_id: the crossing \"fi-vaalimaa\" is not in the store",
                crossing.getMessage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter().write(out, new ExportContent(SampleSituation.data(), SampleSituation.annotations(), SampleSituation.DAY, false, false));
        InputFormatException link = assertThrows(InputFormatException.class,
                () -> GeoJsonReader.read(new ByteArrayInputStream(out.toByteArray()), "notes.geojson", KnownIds.NONE));
        assertEquals("notes.geojson: /features/0/properties/event_ids/0: the linked event \"acled:POL20231\" is neither in the store nor in this file",
                link.getMessage());
        GeoJsonReader.Result ok = GeoJsonReader.read(new ByteArrayInputStream(out.toByteArray()), "notes.geojson",
                new KnownIds(Set.of(), Set.of(), Set.of("acled:POL20231")));
        assertEquals(5, ok.annotations().size());
    }

    @Test
    void gdalReadsTheExport() throws Exception {
        OgrInfo.assumeInstalled();
        Path file = Files.write(dir.resolve("borderwatch.geojson"), export(SampleSituation.data()));
        String out = OgrInfo.assertReadable(file);
        assertTrue(out.contains("Feature Count: 11"), out);
        assertTrue(out.contains("status: String"), out);
    }
}
