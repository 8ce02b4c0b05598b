package org.borderwatch.store.gpkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.files.InputFile;
import org.borderwatch.store.SqliteLibrary;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;

/**
 * Reads the feature tables of a GeoPackage as WGS84 layers. Lists the tables that
 * {@code gpkg_contents} marks as {@code features} with their {@code gpkg_geometry_columns} entry
 * and SRS, decodes each row's geometry ({@link GeoPackageGeometryDecoder}) and reprojects it
 * ({@link Wgs84Reprojector}).
 *
 * <p><b>A foreign file, read as it is.</b> The file is opened read-only and {@code immutable}:
 * SQLite takes no lock and writes nothing, not even the {@code -wal} and {@code -shm} files of a
 * GeoPackage in WAL mode (a log another program still holds is not read). Its schema is another
 * program's — a {@code gpkg_contents} can be a view that never ends — so every query runs under a
 * time budget ({@link #BUDGET_MS} per step, each row restarting it) and stops with an error naming
 * what it was reading; a thread that is interrupted (a cancelled task) stops its query too.
 *
 * <p><b>Geometries that are no shapes</b> — a polygon of one point, a ring that does not close, a
 * line of one point — are left out and counted per table ({@link GeoPackageLayer#skipped()}); a
 * polygon that crosses itself is repaired with JTS's {@code GeometryFixer} and counted too
 * ({@link GeoPackageLayer#repaired()}); curved geometries (CircularString, CompoundCurve,
 * CurvePolygon, MultiCurve, MultiSurface) are left out with their type named.
 *
 * <p>Use on one thread; close it when done.
 */
public final class GeoPackageReader implements AutoCloseable {
    private static final int GPKG = 0x47504B47;
    private static final int GP10 = 0x47503130;
    private static final int GP11 = 0x47503131;
    private static final String LAYERS = "SELECT c.table_name, c.identifier, g.column_name, g.geometry_type_name, g.srs_id, "
            + "s.organization, s.organization_coordsys_id, s.srs_id IS NOT NULL "
            + "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
            + "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
            + "WHERE lower(c.data_type) = 'features' ORDER BY c.table_name";

    /** The longest one step of a query may run, in milliseconds, before it is stopped. */
    static final long BUDGET_MS = 5_000;

    private final String file;
    private final Connection db;
    private final QueryClock clock;
    private final List<GeoPackageLayerInfo> layers;

    private GeoPackageReader(String file, Connection db, QueryClock clock, List<GeoPackageLayerInfo> layers) {
        this.file = file;
        this.db = db;
        this.clock = clock;
        this.layers = List.copyOf(layers);
    }

    /**
     * Stops a query that runs past its budget, or whose thread is interrupted: SQLite calls it
     * every few thousand steps of its virtual machine, on the querying thread.
     */
    private static final class QueryClock extends ProgressHandler {
        private volatile long deadline = Long.MAX_VALUE;
        private volatile String what = "the file";
        private volatile boolean timedOut;

        /** Starts the budget for one step of reading {@code what}. */
        void arm(String what) {
            this.what = what;
            this.timedOut = false;
            this.deadline = System.nanoTime() + BUDGET_MS * 1_000_000L;
        }

        /** Restarts the budget (a row was read). */
        void tick() {
            this.deadline = System.nanoTime() + BUDGET_MS * 1_000_000L;
        }

        @Override
        protected int progress() {
            if (System.nanoTime() > deadline) {
                timedOut = true;
                return 1;
            }
            return Thread.currentThread().isInterrupted() ? 1 : 0;
        }

        /** The reason a query was stopped, or null when it failed for another reason. */
        String stopped() {
            if (timedOut) {
                return "reading " + what + " took more than " + BUDGET_MS / 1000 + " s and was stopped (a query or a view "
                        + "of this file that does not end?)";
            }
            return Thread.currentThread().isInterrupted() ? "reading " + what + " was cancelled" : null;
        }
    }

    /**
     * Opens {@code path} read-only and lists its feature tables.
     *
     * @throws GeoPackageException when the file is missing, not SQLite or not a GeoPackage
     */
    public static GeoPackageReader open(Path path) throws GeoPackageException {
        String file = path.getFileName().toString();
        try {
            InputFile.check(path);
        } catch (InputFile.NotReadableException e) {
            throw new GeoPackageException(file, null, null, e.getMessage().substring(path.toString().length() + 2));
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(16);
            if (!new String(magic, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
                throw new GeoPackageException(file, null, null, "not a GeoPackage: the file is not an SQLite database");
            }
        } catch (IOException e) {
            throw new GeoPackageException(file, null, null, "cannot be read: " + e.getMessage(), e);
        }
        SqliteLibrary.load();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection db = null;
        QueryClock clock = new QueryClock();
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1",
                    config.toProperties());
            ProgressHandler.setHandler(db, 1000, clock);
            List<GeoPackageLayerInfo> layers = listLayers(file, db, clock);
            return new GeoPackageReader(file, db, clock, layers);
        } catch (SQLException e) {
            String stopped = clock.stopped();
            GeoPackageException failure = new GeoPackageException(file, null, null, stopped != null ? stopped
                    : "cannot be read as SQLite: " + e.getMessage(), e);
            closeAfterFailure(db, failure);
            throw failure;
        } catch (GeoPackageException | RuntimeException e) {
            closeAfterFailure(db, e);
            throw e;
        }
    }

    /** Opens, reads every feature table and closes. */
    public static List<GeoPackageLayer> readAll(Path path) throws GeoPackageException {
        try (GeoPackageReader r = open(path)) {
            List<GeoPackageLayer> out = new ArrayList<>();
            for (GeoPackageLayerInfo info : r.layers()) {
                out.add(r.read(info.table()));
            }
            return out;
        }
    }

    /** The feature tables, by table name. */
    public List<GeoPackageLayerInfo> layers() {
        return layers;
    }

    /**
     * Reads one feature table.
     *
     * @throws GeoPackageException naming the table and row when the table is unknown, its SRS is
     *                             not supported or a row's geometry is invalid
     */
    public GeoPackageLayer read(String table) throws GeoPackageException {
        GeoPackageLayerInfo info = layers.stream().filter(l -> l.table().equals(table)).findFirst()
                .orElseThrow(() -> new GeoPackageException(file, table, null, "no such feature table (the file has: "
                        + String.join(", ", layers.stream().map(GeoPackageLayerInfo::table).toList()) + ")"));
        Wgs84Reprojector reprojector = reprojector(info);
        try {
            clock.arm("the columns of table " + table);
            List<String> columns = new ArrayList<>();
            String pk = null;
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    if (rs.getInt("pk") == 1 && "INTEGER".equalsIgnoreCase(rs.getString("type"))) {
                        pk = name;
                    } else if (!name.equalsIgnoreCase(info.geometryColumn())) {
                        columns.add(name);
                    }
                }
            }
            if (columns.isEmpty() && pk == null) {
                throw new GeoPackageException(file, table, null, "gpkg_contents lists it, but the table does not exist");
            }
            StringBuilder sql = new StringBuilder("SELECT ").append(pk == null ? "rowid" : quote(pk))
                    .append(", ").append(quote(info.geometryColumn()));
            for (String c : columns) {
                sql.append(", ").append(quote(c));
            }
            sql.append(" FROM ").append(quote(table)).append(" ORDER BY 1");
            GeometryFactory factory = new GeometryFactory();
            GeoPackageGeometryDecoder decoder = new GeoPackageGeometryDecoder(factory);
            List<GeoPackageFeature> features = new ArrayList<>();
            Envelope bounds = new Envelope();
            ShapeCheck shapes = new ShapeCheck();
            clock.arm("table " + table);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
                while (rs.next()) {
                    clock.tick();
                    long fid = rs.getLong(1);
                    byte[] blob = rs.getBytes(2);
                    String curve = blob == null ? null : GeoPackageGeometryDecoder.curveType(blob);
                    if (curve != null) {
                        shapes.skip("a " + curve + " (curves are not read: turn them into straight segments first, "
                                + "e.g. with QGIS's Segmentize)");
                        continue;
                    }
                    String problem = blob == null ? null : GeoPackageGeometryDecoder.shapeProblem(blob);
                    Geometry g = problem != null ? shapes.check(null, problem)
                            : shapes.check(geometry(info, blob, decoder, reprojector, fid), null);
                    if (g == ShapeCheck.SKIPPED) {
                        continue;
                    }
                    if (g != null && !g.isEmpty()) {
                        bounds.expandToInclude(g.getEnvelopeInternal());
                    }
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        Object v = rs.getObject(i + 3);
                        attributes.put(columns.get(i), v instanceof Integer n ? Long.valueOf(n) : v);
                    }
                    features.add(new GeoPackageFeature(fid, g, attributes));
                }
            }
            clock.arm("the description of table " + table);
            return new GeoPackageLayer(table, info.identifier(), description(table), info.geometryColumn(),
                    info.geometryType(), reprojector.epsg(), columns, features, bounds, shapes.skipped(), shapes.repaired());
        } catch (SQLException e) {
            String stopped = clock.stopped();
            throw new GeoPackageException(file, table, null, stopped != null ? stopped : "cannot be read: " + e.getMessage(), e);
        }
    }

    private Geometry geometry(GeoPackageLayerInfo info, byte[] blob, GeoPackageGeometryDecoder decoder,
                              Wgs84Reprojector reprojector, long fid) throws GeoPackageException {
        if (blob == null) {
            return null;
        }
        try {
            Geometry g = decoder.decode(blob);
            if (g.getSRID() != info.srsId()) {
                throw new IllegalArgumentException("the geometry's srs_id " + g.getSRID() + " differs from the column's "
                        + info.srsId());
            }
            String declared = info.geometryType();
            String actual = g.getGeometryType().toUpperCase(Locale.ROOT);
            if (!declared.equals("GEOMETRY") && !declared.equals(actual)) {
                throw new IllegalArgumentException("a " + g.getGeometryType() + " in a " + declared + " column");
            }
            return reprojector.toWgs84(g);
        } catch (IllegalArgumentException e) {
            throw new GeoPackageException(file, info.table(), fid, e.getMessage(), e);
        }
    }

    private Wgs84Reprojector reprojector(GeoPackageLayerInfo info) throws GeoPackageException {
        String org = info.organization() == null ? "" : info.organization().trim().toUpperCase(Locale.ROOT);
        try {
            if (org.equals("EPSG")) {
                return Wgs84Reprojector.fromEpsg(info.organizationId());
            }
            if (info.srsId() == 0 || org.equals("NONE") && info.organizationId() == 0) {
                return Wgs84Reprojector.fromEpsg(4326);
            }
        } catch (IllegalArgumentException e) {
            throw new GeoPackageException(file, info.table(), null, e.getMessage(), e);
        }
        if (info.srsId() == -1) {
            throw new GeoPackageException(file, info.table(), null,
                    "the layer has no defined coordinate system (srs_id −1, undefined Cartesian)");
        }
        throw new GeoPackageException(file, info.table(), null, "the coordinate system " + info.organization() + ":"
                + info.organizationId() + " (srs_id " + info.srsId() + ") is not supported (supported: "
                + EpsgDefinitions.supported() + ")");
    }

    private String description(String table) throws SQLException {
        try (var ps = db.prepareStatement("SELECT description FROM gpkg_contents WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static List<GeoPackageLayerInfo> listLayers(String file, Connection db, QueryClock clock)
            throws SQLException, GeoPackageException {
        clock.arm("the file's header");
        int appId;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            appId = rs.next() ? rs.getInt(1) : 0;
        }
        for (String t : List.of("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns")) {
            clock.arm("the tables of the file");
            try (var ps = db.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        boolean gpkgId = appId == GPKG || appId == GP10 || appId == GP11;
                        throw new GeoPackageException(file, null, null, "not a GeoPackage: the table " + t + " is missing"
                                + (gpkgId ? "" : " and the application_id is not 'GPKG'"));
                    }
                }
            }
        }
        List<GeoPackageLayerInfo> out = new ArrayList<>();
        clock.arm("gpkg_contents");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(LAYERS)) {
            while (rs.next()) {
                clock.tick();
                String table = rs.getString(1);
                if (!rs.getBoolean(8)) {
                    throw new GeoPackageException(file, table, null, "its srs_id " + rs.getInt(5)
                            + " is not in gpkg_spatial_ref_sys");
                }
                String type = rs.getString(4);
                out.add(new GeoPackageLayerInfo(table, rs.getString(2), rs.getString(3),
                        type == null ? "GEOMETRY" : type.trim().toUpperCase(Locale.ROOT), rs.getInt(5),
                        rs.getString(6), rs.getInt(7)));
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Closes after a failed open; a failure to close is attached to the first failure. */
    private static void closeAfterFailure(Connection db, Exception failure) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() throws GeoPackageException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new GeoPackageException(file, null, null, "cannot be closed: " + e.getMessage(), e);
        }
    }
}
