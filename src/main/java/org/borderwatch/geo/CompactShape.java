package org.borderwatch.geo;

import java.io.IOException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A feature's WGS84 geometry in the compact map: its kind and its coordinates as
 * {@code parts[part][ring]}, each ring a flat array of (longitude, latitude) pairs in degrees. A
 * line string is one part of one ring; a multi-line string one part per line, one ring each; a
 * polygon one part with the shell first, then the holes; a multipolygon one part per polygon.
 *
 * <p>Encoded as the kind, the counts, and per ring the vertex count and the zig-zag varint steps
 * between vertices in units of 10⁻⁵ degree — the grid the bundled GeoJSON is written on. A value
 * {@code q} decodes as {@code q / 1e5}, the double nearest to the decimal the GeoJSON holds, so the
 * geometry is the one {@link GeoJsonReader} gives, bit for bit; {@link #encode} refuses any
 * coordinate off that grid.
 */
record CompactShape(int kind, double[][][] parts) {
    static final int LINE_STRING = 2;
    static final int MULTI_LINE_STRING = 3;
    static final int POLYGON = 4;
    static final int MULTI_POLYGON = 5;
    static final double GRID = 1e5;
    /** More vertices than any ring can hold: a guard against corrupt counts. */
    private static final int MAX_COUNT = 50_000_000;

    /** Geometries decoded here: packed (x, y) doubles, 16 bytes a vertex; SRID 4326 like the reader's. */
    static final GeometryFactory FACTORY =
            new GeometryFactory(new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    /** The parts of {@code g} (WGS84) as flat rings, by the layout above. */
    static CompactShape of(Geometry g) {
        if (g instanceof LineString l) {
            return new CompactShape(LINE_STRING, new double[][][] {{flat(l.getCoordinateSequence())}});
        }
        if (g instanceof MultiLineString ml) {
            double[][][] parts = new double[ml.getNumGeometries()][][];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = new double[][] {flat(((LineString) ml.getGeometryN(i)).getCoordinateSequence())};
            }
            return new CompactShape(MULTI_LINE_STRING, parts);
        }
        if (g instanceof Polygon p) {
            return new CompactShape(POLYGON, new double[][][] {rings(p)});
        }
        if (g instanceof MultiPolygon mp) {
            double[][][] parts = new double[mp.getNumGeometries()][][];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = rings((Polygon) mp.getGeometryN(i));
            }
            return new CompactShape(MULTI_POLYGON, parts);
        }
        throw new IllegalArgumentException("the compact map holds lines and polygons, not " + g.getGeometryType());
    }

    private static double[][] rings(Polygon p) {
        double[][] rings = new double[1 + p.getNumInteriorRing()][];
        rings[0] = flat(p.getExteriorRing().getCoordinateSequence());
        for (int r = 1; r < rings.length; r++) {
            rings[r] = flat(p.getInteriorRingN(r - 1).getCoordinateSequence());
        }
        return rings;
    }

    private static double[] flat(CoordinateSequence cs) {
        double[] xy = new double[2 * cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            xy[2 * i] = cs.getX(i);
            xy[2 * i + 1] = cs.getY(i);
        }
        return xy;
    }

    /** Writes this shape; throws when a coordinate is not on the 10⁻⁵ degree grid. */
    void encode(CompactBytes.Sink out) {
        out.u8(kind);
        if (kind == MULTI_LINE_STRING || kind == MULTI_POLYGON) {
            out.varint(parts.length);
        }
        for (double[][] rings : parts) {
            if (kind == POLYGON || kind == MULTI_POLYGON) {
                out.varint(rings.length);
            }
            for (double[] ring : rings) {
                out.varint(ring.length / 2);
                for (int i = 0; i < ring.length; i++) {
                    long q = Math.round(ring[i] * GRID);
                    if (q / GRID != ring[i]) {
                        throw new IllegalArgumentException("coordinate " + ring[i] + " is not a multiple of 1e-5 degree");
                    }
                    long prev = i < 2 ? 0 : Math.round(ring[i - 2] * GRID);
                    out.zigzag(q - prev);
                }
            }
        }
    }

    /** Reads a shape written by {@link #encode}. */
    static CompactShape decode(CompactBytes.Source in) throws IOException {
        int kind = in.u8();
        int partCount;
        switch (kind) {
            case LINE_STRING, POLYGON -> partCount = 1;
            case MULTI_LINE_STRING, MULTI_POLYGON -> partCount = in.count(MAX_COUNT, "part count");
            default -> throw in.error("unknown geometry kind " + kind);
        }
        double[][][] parts = new double[partCount][][];
        for (int p = 0; p < partCount; p++) {
            int ringCount = kind == POLYGON || kind == MULTI_POLYGON ? in.count(MAX_COUNT, "ring count") : 1;
            double[][] rings = new double[ringCount][];
            for (int r = 0; r < ringCount; r++) {
                int n = in.count(MAX_COUNT, "vertex count");
                double[] xy = new double[2 * n];
                long x = 0;
                long y = 0;
                for (int i = 0; i < n; i++) {
                    x += in.zigzag();
                    y += in.zigzag();
                    xy[2 * i] = x / GRID;
                    xy[2 * i + 1] = y / GRID;
                }
                rings[r] = xy;
            }
            parts[p] = rings;
        }
        return new CompactShape(kind, parts);
    }

    /** The WGS84 JTS geometry; rings are checked as the GeoJSON reader checks them. */
    Geometry toGeometry(CompactBytes.Source where) throws IOException {
        switch (kind) {
            case LINE_STRING:
                return line(parts[0][0], where);
            case MULTI_LINE_STRING: {
                LineString[] lines = new LineString[parts.length];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = line(parts[i][0], where);
                }
                return FACTORY.createMultiLineString(lines);
            }
            case POLYGON:
                return polygon(parts[0], where);
            default: {
                Polygon[] polys = new Polygon[parts.length];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(parts[i], where);
                }
                return FACTORY.createMultiPolygon(polys);
            }
        }
    }

    private static LineString line(double[] xy, CompactBytes.Source where) throws IOException {
        if (xy.length == 2) {
            throw where.error("a line needs 0 or at least 2 positions");
        }
        return FACTORY.createLineString(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
    }

    private static Polygon polygon(double[][] rings, CompactBytes.Source where) throws IOException {
        if (rings.length == 0) {
            throw where.error("a polygon needs a shell");
        }
        LinearRing shell = ring(rings[0], where);
        LinearRing[] holes = new LinearRing[rings.length - 1];
        for (int r = 1; r < rings.length; r++) {
            holes[r - 1] = ring(rings[r], where);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(double[] xy, CompactBytes.Source where) throws IOException {
        int n = xy.length / 2;
        if (n < 4 || xy[0] != xy[2 * n - 2] || xy[1] != xy[2 * n - 1]) {
            throw where.error("a linear ring needs at least 4 positions, first = last");
        }
        return FACTORY.createLinearRing(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
    }
}
