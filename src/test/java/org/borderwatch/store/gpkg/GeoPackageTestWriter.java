package org.borderwatch.store.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes a GeoPackage per OGC 12-128r18 with plain SQL, for tests: application_id 'GPKG',
 * user_version 10300, the three required {@code gpkg_spatial_ref_sys} rows, {@code gpkg_contents},
 * {@code gpkg_geometry_columns} and feature tables whose geometries it encodes itself.
 */
final class GeoPackageTestWriter implements AutoCloseable {
    static final String WKT_4326 = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";
    static final String WKT_3067 = "PROJCS[\"ETRS89 / TM35FIN(E,N)\",GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\","
            + "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],AUTHORITY[\"EPSG\",\"6258\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4258\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
            + "PARAMETER[\"central_meridian\",27],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],"
            + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],"
            + "AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"3067\"]]";

    private final Connection db;

    GeoPackageTestWriter(Path file) throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA application_id = 1196444487");
            st.execute("PRAGMA user_version = 10300");
            st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                    + "description TEXT)");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
                    + "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, "
                    + "min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                    + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                    + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        }
        addSrs(4326, "WGS 84 geodetic", "EPSG", 4326, WKT_4326);
        addSrs(-1, "Undefined cartesian SRS", "NONE", -1, "undefined");
        addSrs(0, "Undefined geographic SRS", "NONE", 0, "undefined");
    }

    void addSrs(int srsId, String name, String organization, int code, String definition) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setInt(2, srsId);
            ps.setString(3, organization);
            ps.setInt(4, code);
            ps.setString(5, definition);
            ps.setString(6, name);
            ps.executeUpdate();
        }
    }

    /** Creates a feature table {@code fid, geom, <columns>} and registers it. */
    void createFeatureTable(String table, String identifier, String geometryType, int srsId, Envelope bounds,
                            String columns) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom "
                    + geometryType + (columns.isEmpty() ? "" : ", " + columns) + ")");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                + "description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, table);
            ps.setString(2, identifier);
            ps.setString(3, "test layer " + identifier);
            ps.setDouble(4, bounds.getMinX());
            ps.setDouble(5, bounds.getMinY());
            ps.setDouble(6, bounds.getMaxX());
            ps.setDouble(7, bounds.getMaxY());
            ps.setInt(8, srsId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
            ps.setString(1, table);
            ps.setString(2, geometryType);
            ps.setInt(3, srsId);
            ps.executeUpdate();
        }
    }

    /** Inserts a row: its geometry blob (or NULL) and the other columns' values in order. */
    void insert(String table, byte[] geometry, Object... values) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" VALUES (NULL, ?");
        for (int i = 0; i < values.length; i++) {
            sql.append(", ?");
        }
        try (PreparedStatement ps = db.prepareStatement(sql.append(')').toString())) {
            ps.setBytes(1, geometry);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 2, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Encodes a GeoPackage binary geometry: header with the given byte order and an envelope of
     * code 0 (none) or 1 (x/y), then 2D WKB.
     */
    static byte[] encode(Geometry g, int srsId, boolean littleEndian, boolean envelope) {
        boolean empty = g.isEmpty();
        boolean withEnvelope = envelope && !empty;
        byte[] wkb = new WKBWriter(2, littleEndian ? ByteOrderValues.LITTLE_ENDIAN : ByteOrderValues.BIG_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + (withEnvelope ? 32 : 0) + wkb.length);
        b.order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) ((littleEndian ? 1 : 0) | (withEnvelope ? 1 << 1 : 0) | (empty ? 1 << 4 : 0)));
        b.putInt(srsId);
        if (withEnvelope) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(wkb);
        return b.array();
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
