package org.borderwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;

class GeodesyTest {

    @Test
    void oneDegreeOfLongitudeOnTheEquatorIsTheEllipsoidsArc() {
        // a · π/180 with a = 6 378 137 m
        assertEquals(111_319.49, Geodesy.distanceMetres(0, 0, 1, 0), 0.01);
    }

    @Test
    void lineLengthSumsItsSegments() throws Exception {
        double l = Geodesy.lengthMetres(new WKTReader().read("LINESTRING (0 0, 1 0, 2 0)"));
        assertEquals(2 * 111_319.49, l, 0.05);
    }

    @Test
    void oneDegreeCellAtTheEquatorHasTheEllipsoidalArea() throws Exception {
        double a = Geodesy.areaSquareMetres(new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));
        // 12 308.8 km² on WGS84 (a sphere of the authalic radius gives 12 364 km²)
        assertEquals(12_308.8e6, a, 5e6);
    }

    @Test
    void circlePointsLieAtTheRadius() {
        Coordinate[] ring = Geodesy.circle(27.8, 60.6, 25_000, 36);
        for (int i = 0; i < ring.length; i++) {
            assertEquals(25_000, Geodesy.distanceMetres(27.8, 60.6, ring[i].x, ring[i].y), 0.01);
        }
        assertEquals(ring[0], ring[36]);
    }
}
