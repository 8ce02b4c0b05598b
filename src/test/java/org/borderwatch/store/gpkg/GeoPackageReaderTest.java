package org.borderwatch.store.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.borderwatch.interop.OgrInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;

class GeoPackageReaderTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String SECTOR = "POLYGON ((23.60 53.40, 23.80 53.40, 23.80 53.60, 23.60 53.60, 23.60 53.40))";

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = dir.resolve("user-layers.gpkg");
        WKTReader wkt = new WKTReader();
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("patrol_sectors", "Patrol sectors", "POLYGON", 4326, new Envelope(23.6, 23.8, 53.4, 53.6),
                    "name TEXT, width_m REAL, posts INTEGER");
            w.insert("patrol_sectors", GeoPackageTestWriter.encode(wkt.read(SECTOR), 4326, true, true), "Kuźnica sector", 200.5, 3);
            w.insert("patrol_sectors", GeoPackageTestWriter.encode(wkt.read(
                    "POLYGON ((23.90 53.10, 24.00 53.10, 24.00 53.20, 23.90 53.10))"), 4326, false, false), "Брест-север", null, 1);
            w.insert("patrol_sectors", null, "planned, not drawn", null, 0);
            w.addSrs(3067, "ETRS89 / TM35FIN(E,N)", "EPSG", 3067, GeoPackageTestWriter.WKT_3067);
            w.createFeatureTable("helsinki", "Helsinki points", "POINT", 3067,
                    new Envelope(386392.110746911, 386392.110746911, 6672049.50432971, 6672049.50432971), "label TEXT");
            w.insert("helsinki", GeoPackageTestWriter.encode(GF.createPoint(new Coordinate(386392.110746911, 6672049.50432971)),
                    3067, true, true), "Senate Square");
        }
        return file;
    }

    @Test
    void readsPolygonsWithAttributesInEitherByteOrderAndRowsWithoutGeometry() throws Exception {
        List<GeoPackageLayer> layers = GeoPackageReader.readAll(sample());
        assertEquals(List.of("helsinki", "patrol_sectors"), layers.stream().map(GeoPackageLayer::table).toList());
        GeoPackageLayer sectors = layers.get(1);
        assertEquals("Patrol sectors", sectors.identifier());
        assertEquals("POLYGON", sectors.geometryType());
        assertEquals(4326, sectors.sourceEpsg());
        assertEquals(List.of("name", "width_m", "posts"), sectors.attributeNames());
        assertEquals(3, sectors.features().size());
        GeoPackageFeature first = sectors.features().get(0);
        assertTrue(first.geometry().equalsExact(new WKTReader().read(SECTOR), 1e-12), first.geometry().toText());
        assertEquals("Kuźnica sector", first.attributes().get("name"));
        assertEquals(200.5, first.attributes().get("width_m"));
        assertEquals(3L, first.attributes().get("posts"));
        GeoPackageFeature second = sectors.features().get(1);
        assertEquals("Брест-север", second.attributes().get("name"));
        assertNull(second.attributes().get("width_m"));
        assertEquals(4, second.geometry().getNumPoints());
        assertNull(sectors.features().get(2).geometry());
        assertEquals(new Envelope(23.6, 24.0, 53.1, 53.6), sectors.bounds());
    }

    @Test
    void aTm35finLayerIsReprojectedToTheRightPlaceInHelsinki() throws Exception {
        try (GeoPackageReader r = GeoPackageReader.open(sample())) {
            GeoPackageLayer helsinki = r.read("helsinki");
            assertEquals(3067, helsinki.sourceEpsg());
            Point p = (Point) helsinki.features().get(0).geometry();
            // reference: PROJ 9 (gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3067) of 24.9525 E, 60.1695 N
            assertEquals(24.9525, p.getX(), 1e-7, "longitude");
            assertEquals(60.1695, p.getY(), 1e-7, "latitude");
            assertEquals(4326, p.getSRID());
        }
    }

    @Test
    void theProjectedSystemsOfTheRegionLandWherePROJPutsThem() {
        // {epsg, x, y, lon, lat}; x/y from PROJ 9 (gdaltransform) for Senate Square and Terespol
        double[][] cases = {
            {2180, 818784.664946433, 477592.35075778, 23.65375, 52.0725},
            {3035, 5250865.90563715, 3305588.13536947, 23.65375, 52.0725},
            {3857, 2777699.59401916, 8437572.2668024, 24.9525, 60.1695},
            {3067, 270681.214873118, 5774386.6623214, 23.65375, 52.0725},
        };
        for (double[] c : cases) {
            Point p = (Point) Wgs84Reprojector.fromEpsg((int) c[0]).toWgs84(GF.createPoint(new Coordinate(c[1], c[2])));
            assertEquals(c[3], p.getX(), 1e-7, "longitude from EPSG:" + (int) c[0]);
            assertEquals(c[4], p.getY(), 1e-7, "latitude from EPSG:" + (int) c[0]);
        }
    }

    @Test
    void anEmptyGeometryStaysEmpty() throws Exception {
        Path file = dir.resolve("empty.gpkg");
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("marks", "Marks", "POINT", 4326, new Envelope(0, 0, 0, 0), "");
            w.insert("marks", GeoPackageTestWriter.encode(GF.createPoint(), 4326, true, false));
        }
        Geometry g = GeoPackageReader.readAll(file).get(0).features().get(0).geometry();
        assertTrue(g.isEmpty(), g.toText());
    }

    @Test
    void aBrokenBlobNamesFileTableAndRow() throws Exception {
        Path file = dir.resolve("broken.gpkg");
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("zones", "Zones", "POINT", 4326, new Envelope(23, 24, 52, 53), "");
            w.insert("zones", GeoPackageTestWriter.encode(GF.createPoint(new Coordinate(23.5, 52.5)), 4326, true, true));
            w.insert("zones", new byte[] {'X', 'Y', 0, 1, 0, 0, 0, 0, 1, 2, 3});
        }
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.readAll(file));
        assertEquals("broken.gpkg: table zones, row 2: the geometry blob does not start with 'GP' (not GeoPackage binary)",
                e.getMessage());
    }

    @Test
    void aGeometryOfAnotherTypeOrSrsThanItsColumnIsRefused() throws Exception {
        Path file = dir.resolve("mixed.gpkg");
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("lines", "Lines", "LINESTRING", 4326, new Envelope(23, 24, 52, 53), "");
            w.insert("lines", GeoPackageTestWriter.encode(GF.createPoint(new Coordinate(23.5, 52.5)), 4326, true, true));
            w.createFeatureTable("points", "Points", "POINT", 4326, new Envelope(23, 24, 52, 53), "");
            w.insert("points", GeoPackageTestWriter.encode(GF.createPoint(new Coordinate(23.5, 52.5)), 3067, true, true));
        }
        try (GeoPackageReader r = GeoPackageReader.open(file)) {
            GeoPackageException type = assertThrows(GeoPackageException.class, () -> r.read("lines"));
            assertEquals("mixed.gpkg: table lines, row 1: a Point in a LINESTRING column", type.getMessage());
            GeoPackageException srs = assertThrows(GeoPackageException.class, () -> r.read("points"));
            assertEquals("the geometry's srs_id 3067 differs from the column's 4326", srs.reason());
            GeoPackageException none = assertThrows(GeoPackageException.class, () -> r.read("roads"));
            assertEquals("mixed.gpkg: table roads: no such feature table (the file has: lines, points)", none.getMessage());
        }
    }

    @Test
    void anUnsupportedCoordinateSystemIsNamed() throws Exception {
        Path file = dir.resolve("osgb.gpkg");
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.addSrs(27700, "OSGB36 / British National Grid", "EPSG", 27700, "PROJCS[\"OSGB36 / British National Grid\"]");
            w.createFeatureTable("uk", "UK", "POINT", 27700, new Envelope(0, 1, 0, 1), "");
        }
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.readAll(file));
        assertEquals("uk", e.table());
        assertTrue(e.reason().startsWith("EPSG:27700 is not supported"), e.reason());
    }

    @Test
    void filesThatAreNotGeoPackagesAreRefusedClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.gpkg"), "just text");
        assertEquals("notes.gpkg: not a GeoPackage: the file is not an SQLite database",
                assertThrows(GeoPackageException.class, () -> GeoPackageReader.open(text)).getMessage());
        Path plain = dir.resolve("plain.gpkg");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plain); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        assertEquals("plain.gpkg: not a GeoPackage: the table gpkg_spatial_ref_sys is missing and the application_id is not 'GPKG'",
                assertThrows(GeoPackageException.class, () -> GeoPackageReader.open(plain)).getMessage());
        assertEquals("absent.gpkg: no such file",
                assertThrows(GeoPackageException.class, () -> GeoPackageReader.open(dir.resolve("absent.gpkg"))).getMessage());
        assertTrue(Files.notExists(dir.resolve("absent.gpkg")), "opening read-only never creates a file");
    }

    @Test
    void gdalReadsTheTestGeoPackage() throws Exception {
        OgrInfo.assumeInstalled();
        String out = OgrInfo.assertReadable(sample());
        assertTrue(out.contains("Layer name: patrol_sectors"), out);
        assertTrue(out.contains("Feature Count: 3"), out);
        assertTrue(out.contains("Layer name: helsinki"), out);
    }
}
