package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.borderwatch.json.GeoJsonGeometry;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The store's own WKT reads back bit for bit, as JTS reads it; other WKT still goes to JTS. */
class WktTextTest {
    private static final String[] OWN = {
        "POINT (27.80833 60.6)",
        "POINT Z (27.80833 60.6 12.5)",
        "LINESTRING (23.6 53.4, 0.30000000000000004 -1.0E-7, 23.8 53.52)",
        "LINESTRING Z (23.6 53.4 NaN, 23.7 53.45 4.0)",
        "POLYGON ((23.5 52.6, 23.95 52.6, 23.95 52.85, 23.5 52.6), (23.6 52.65, 23.7 52.65, 23.7 52.7, 23.6 52.65))",
    };

    @Test
    void theStoresOwnFormsReadAsJtsReadsThemAndWriteBackTheSame() throws Exception {
        for (String wkt : OWN) {
            Geometry own = WktText.readOwn(wkt);
            Geometry jts = new WKTReader(GeoJsonGeometry.FACTORY).read(wkt);
            assertTrue(own != null && own.equalsExact(jts), wkt);
            assertEquals(wkt, WktText.write(own));
        }
        Coordinate c = WktText.read("LINESTRING (0.30000000000000004 1, 2 3)").getCoordinates()[0];
        assertEquals(0.30000000000000004, c.x, 0);
    }

    @Test
    void otherWktIsLeftToJts() throws Exception {
        assertNull(WktText.readOwn("POINT(27 60)"));
        assertNull(WktText.readOwn("MULTIPOINT ((1 2), (3 4))"));
        assertEquals("MultiPoint", WktText.read("MULTIPOINT ((1 2), (3 4))").getGeometryType());
    }
}
