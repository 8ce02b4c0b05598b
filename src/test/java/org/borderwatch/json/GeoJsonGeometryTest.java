package org.borderwatch.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The one GeoJSON geometry codec: geometry text in, JTS out, and back — the tests read as data. */
class GeoJsonGeometryTest {
    private static Geometry read(String json) throws Exception {
        return GeoJsonGeometry.read(Json.MAPPER.readTree(json), "/geometry");
    }

    private static String write(Geometry g, GeoJsonGeometry.RingOrder order) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = Json.factory().createGenerator(out)) {
            GeoJsonGeometry.write(gen, g, order);
        }
        return out.toString();
    }

    private static GeoJsonProblem refused(String json) {
        return assertThrows(GeoJsonProblem.class, () -> read(json));
    }

    @Test
    void everyGeometryTypeReadsAndWritesBackUnchanged() throws Exception {
        String[] all = {
            "{\"type\":\"Point\",\"coordinates\":[27.80833,60.6]}",
            "{\"type\":\"LineString\",\"coordinates\":[[23.5,52.6],[23.9,52.8]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[23.6,53.5],[23.7,53.5],[23.7,53.6],[23.6,53.5]]]}",
            "{\"type\":\"MultiPoint\",\"coordinates\":[[23.5,52.6],[24.0,53.0]]}",
            "{\"type\":\"MultiLineString\",\"coordinates\":[[[23.5,52.6],[23.9,52.8]],[[24.0,53.0],[24.1,53.1]]]}",
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[23.6,53.5],[23.7,53.5],[23.7,53.6],[23.6,53.5]]]]}",
            "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[23.5,52.6]}]}",
        };
        for (String json : all) {
            Geometry g = read(json);
            assertEquals(4326, g.getSRID(), json);
            assertEquals(json, write(g, GeoJsonGeometry.RingOrder.AS_HELD));
        }
    }

    @Test
    void aThirdCoordinateIsAnAltitudeAndIsKept() throws Exception {
        Geometry line = read("{\"type\":\"LineString\",\"coordinates\":[[23.5,52.6,140.5],[23.9,52.8,151.0]]}");
        assertEquals(140.5, line.getCoordinates()[0].getZ());
        assertEquals("{\"type\":\"LineString\",\"coordinates\":[[23.5,52.6,140.5],[23.9,52.8,151.0]]}",
                write(line, GeoJsonGeometry.RingOrder.RIGHT_HAND_RULE));
        assertTrue(Double.isNaN(read("{\"type\":\"Point\",\"coordinates\":[23.5,52.6]}").getCoordinate().getZ()),
                "no altitude stays no altitude");
    }

    @Test
    void aFourthValueOrAMissingLatitudeIsRefusedAtItsPointer() {
        GeoJsonProblem four = refused("{\"type\":\"Point\",\"coordinates\":[23.5,52.6,140,1700000000]}");
        assertEquals("/geometry/coordinates", four.pointer());
        assertEquals("expected a position [longitude, latitude] or [longitude, latitude, altitude], got an array of 4 values",
                four.getMessage());
        assertEquals("/geometry/coordinates/1", refused("{\"type\":\"LineString\",\"coordinates\":[[23.5,52.6],[23.9]]}").pointer());
        GeoJsonProblem text = refused("{\"type\":\"Point\",\"coordinates\":[23.5,\"52.6\"]}");
        assertEquals("/geometry/coordinates/1", text.pointer());
        assertEquals("expected a number, got the string \"52.6\"", text.getMessage());
    }

    @Test
    void positionsOutsideWgs84AndBrokenShapesAreRefused() {
        GeoJsonProblem lat = refused("{\"type\":\"Point\",\"coordinates\":[27.8,95.5]}");
        assertEquals("/geometry/coordinates/1", lat.pointer());
        assertEquals("latitude 95.5 is outside −90…90 degrees (positions are [longitude, latitude])", lat.getMessage());
        assertEquals("/geometry/coordinates/0", refused("{\"type\":\"Point\",\"coordinates\":[181,60]}").pointer());
        GeoJsonProblem open = refused("{\"type\":\"Polygon\",\"coordinates\":[[[23,52],[24,52],[24,53],[23,53]]]}");
        assertEquals("/geometry/coordinates/0", open.pointer());
        assertEquals("expected a closed ring (the last position equal to the first)", open.getMessage());
        assertEquals("expected at least 2 positions for a LineString, got 1",
                refused("{\"type\":\"LineString\",\"coordinates\":[[23,52]]}").getMessage());
        GeoJsonProblem type = refused("{\"type\":\"Circle\",\"coordinates\":[23,52]}");
        assertEquals("/geometry/type", type.pointer());
        assertEquals("/geometry/geometries/0/coordinates/0",
                refused("{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[200,52]}]}").pointer());
    }

    @Test
    void exportsFollowTheRightHandRuleWhileBundlesKeepRingsAsHeld() throws Exception {
        String clockwise = "{\"type\":\"Polygon\",\"coordinates\":[[[23.5,52.6],[23.5,52.85],[23.95,52.85],[23.95,52.6],[23.5,52.6]],"
                + "[[23.6,52.7],[23.7,52.7],[23.7,52.8],[23.6,52.7]]]}";
        Geometry g = read(clockwise);
        assertEquals(clockwise, write(g, GeoJsonGeometry.RingOrder.AS_HELD));
        assertEquals("{\"type\":\"Polygon\",\"coordinates\":[[[23.5,52.6],[23.95,52.6],[23.95,52.85],[23.5,52.85],[23.5,52.6]],"
                + "[[23.6,52.7],[23.7,52.8],[23.7,52.7],[23.6,52.7]]]}", write(g, GeoJsonGeometry.RingOrder.RIGHT_HAND_RULE),
                "exterior counter-clockwise, hole clockwise");
    }

    @Test
    void duplicateKeysAreASyntaxError() {
        Exception e = assertThrows(Exception.class,
                () -> Json.MAPPER.readTree("{\"type\":\"Point\",\"coordinates\":[1,2],\"coordinates\":[3,4]}"));
        assertTrue(e.getMessage().contains("Duplicate field 'coordinates'"), e.getMessage());
    }
}
