package org.borderwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class MapProjectionTest {

    @Test
    void naturalOriginMapsToFalseEastingAndNorthing() {
        Coordinate c = MapProjection.forward(10, 52);
        assertEquals(4_321_000, c.x, 0.001, "easting");
        assertEquals(3_210_000, c.y, 0.001, "northing");
    }

    @Test
    void matchesTheEpsgGuidanceNoteExample() {
        // EPSG Guidance Note 7-2, LAEA Europe example: 50°N 5°E → E 3 962 799.45 m, N 2 999 718.85 m
        Coordinate c = MapProjection.forward(5, 50);
        assertEquals(3_962_799.45, c.x, 0.01);
        assertEquals(2_999_718.85, c.y, 0.01);
    }

    @Test
    void inverseReturnsTheOriginalPoint() {
        for (double[] p : new double[][] {{27.80833, 60.6}, {23.65375, 52.0725}, {29.98475, 64.54502}, {41.9, 70.9}}) {
            Coordinate m = MapProjection.forward(p[0], p[1]);
            Coordinate back = MapProjection.inverse(m.x, m.y);
            assertEquals(p[0], back.x, 1e-8);
            assertEquals(p[1], back.y, 1e-8);
        }
    }

    @Test
    void projectingAGeometryLeavesTheSourceUntouched() throws Exception {
        Geometry wgs = new WKTReader().read("LINESTRING (10 52, 5 50)");
        Geometry projected = MapProjection.forward(wgs);
        assertEquals(10, wgs.getCoordinates()[0].x, 0);
        assertEquals(3_962_799.45, projected.getCoordinates()[1].x, 0.01);
    }
}
