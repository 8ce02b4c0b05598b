package org.borderwatch.store.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;

/** Foreign SQLite files are read as they are, within a time budget; what is no shape is left out and said. */
class HostileGeoPackageTest {
    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aGpkgContentsViewThatNeverEndsIsStoppedWithinTheBudgetWithAClearError() throws Exception {
        Path file = dir.resolve("endless.gpkg");
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("x", "X", "POLYGON", 4326, new Envelope(23, 24, 52, 53), "name TEXT");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("DROP TABLE gpkg_contents");
            st.execute("CREATE VIEW gpkg_contents AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                    + "SELECT 'x' AS table_name, 'features' AS data_type, NULL AS identifier, '' AS description FROM r "
                    + "WHERE n < 0");
        }
        long t = System.nanoTime();
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.readAll(file));
        double seconds = (System.nanoTime() - t) / 1e9;
        assertTrue(seconds < 10, "stopped after " + seconds + " s");
        assertTrue(e.getMessage().startsWith("endless.gpkg: reading gpkg_contents took more than 5 s and was stopped"),
                e.getMessage());
    }

    @Test
    void aGeoPackageInWalModeIsReadWithoutAnyFileBesideIt() throws Exception {
        Path file = dir.resolve("wal.gpkg");
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("zone", "Zone", "POLYGON", 4326, new Envelope(23, 24, 52, 53), "name TEXT");
            w.insert("zone", GeoPackageTestWriter.encode(new WKTReader().read(
                    "POLYGON ((23 52, 24 52, 24 53, 23 52))"), 4326, true, true), "a");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        }
        byte[] before = Files.readAllBytes(file);
        assertEquals(List.of("wal.gpkg"), names());
        assertEquals(1, GeoPackageReader.readAll(file).get(0).features().size());
        assertEquals(List.of("wal.gpkg"), names(), "no -wal or -shm beside a file that is only read");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void shapesThatAreNoShapesAreLeftOutCurvesNamedAndCrossedAreasRepaired() throws Exception {
        Path file = dir.resolve("odd.gpkg");
        WKTReader wkt = new WKTReader();
        try (GeoPackageTestWriter w = new GeoPackageTestWriter(file)) {
            w.createFeatureTable("odd", "Odd shapes", "GEOMETRY", 4326, new Envelope(23, 24, 52, 53), "name TEXT");
            w.insert("odd", GeoPackageTestWriter.encode(wkt.read("POLYGON ((23 52, 24 52, 24 53, 23 52))"), 4326, true, true), "good");
            w.insert("odd", polygon(true, new double[][] {{23.5, 52.5}}), "one point");
            w.insert("odd", polygon(false, new double[][] {{23, 52}, {24, 52}, {24, 53}, {23.5, 53.5}}), "unclosed");
            w.insert("odd", line(new double[][] {{23.2, 52.2}}), "one-point line");
            w.insert("odd", curve(), "arc");
            w.insert("odd", GeoPackageTestWriter.encode(wkt.read("POLYGON ((23 52, 24 53, 24 52, 23 53, 23 52))"), 4326, true, true),
                    "bow tie");
        }
        GeoPackageLayer layer = GeoPackageReader.readAll(file).get(0);
        assertEquals(2, layer.features().size(), "the good polygon and the repaired bow tie");
        assertEquals(1, layer.repaired());
        assertTrue(layer.features().get(1).geometry().isValid());
        assertEquals(Map.of("a polygon whose outer ring has 1 point (a ring needs at least 4)", 1,
                "a polygon whose outer ring does not end where it starts", 1,
                "a line of one point", 1,
                "a CircularString (curves are not read: turn them into straight segments first, e.g. with QGIS's Segmentize)", 1),
                layer.skipped());
        assertTrue(layer.notes().startsWith("table odd: 4 rows left out (") && layer.notes().endsWith(
                "; 1 area that crossed itself repaired"), layer.notes());
    }

    @Test
    void aFolderIsNamedAsSuch() {
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.readAll(dir));
        assertTrue(e.getMessage().contains("it is a folder, not a regular file"), e.getMessage());
    }

    private static byte[] gp(ByteBuffer wkb) {
        byte[] body = java.util.Arrays.copyOf(wkb.array(), wkb.position());
        ByteBuffer b = ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 1).putInt(4326).put(body);
        return b.array();
    }

    private static ByteBuffer wkb(int type) {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        return b.put((byte) 1).putInt(type);
    }

    private static byte[] polygon(boolean close, double[][] pts) {
        ByteBuffer b = wkb(3).putInt(1).putInt(pts.length);
        for (double[] p : pts) {
            b.putDouble(p[0]).putDouble(p[1]);
        }
        return gp(b);
    }

    private static byte[] line(double[][] pts) {
        ByteBuffer b = wkb(2).putInt(pts.length);
        for (double[] p : pts) {
            b.putDouble(p[0]).putDouble(p[1]);
        }
        return gp(b);
    }

    private static byte[] curve() {
        return gp(wkb(8).putInt(3).putDouble(23).putDouble(52).putDouble(23.5).putDouble(52.5).putDouble(24).putDouble(52));
    }
}
