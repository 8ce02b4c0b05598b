package org.borderwatch.store;

import org.borderwatch.json.GeoJsonGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * WKT for annotation geometries in the database (x = longitude, y = latitude, WGS84 degrees).
 * JTS's {@code WKTWriter} rounds to 16 significant digits, which would change a coordinate such
 * as 0.30000000000000004 on its way through the store; this writer prints every ordinate with
 * {@link Double#toString}, which reads back to the identical double. Reading uses JTS.
 */
final class WktText {
    private WktText() {
    }

    /**
     * {@code g} (a Point, LineString or Polygon) as WKT that reads back bit for bit: 2D, or with
     * {@code Z} when any vertex has an altitude (a vertex without one then gets {@code NaN}).
     */
    static String write(Geometry g) {
        StringBuilder sb = new StringBuilder(64);
        boolean z = hasAltitude(g);
        String tag = z ? " Z (" : " (";
        if (g instanceof Point p) {
            sb.append("POINT").append(tag);
            ordinates(sb, p.getCoordinate(), z);
            sb.append(')');
        } else if (g instanceof LineString l) {
            sb.append("LINESTRING").append(tag, 0, tag.length() - 1);
            sequence(sb, l.getCoordinates(), z);
        } else if (g instanceof Polygon p) {
            sb.append("POLYGON").append(tag);
            sequence(sb, p.getExteriorRing().getCoordinates(), z);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                sb.append(", ");
                sequence(sb, p.getInteriorRingN(i).getCoordinates(), z);
            }
            sb.append(')');
        } else {
            throw new IllegalArgumentException("annotations hold points, lines or polygons, not " + g.getGeometryType());
        }
        return sb.toString();
    }

    static Geometry read(String wkt) throws ParseException {
        return new WKTReader(GeoJsonGeometry.FACTORY).read(wkt);
    }

    private static boolean hasAltitude(Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isNaN(c.getZ())) {
                return true;
            }
        }
        return false;
    }

    private static void sequence(StringBuilder sb, Coordinate[] cs, boolean z) {
        sb.append('(');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            ordinates(sb, cs[i], z);
        }
        sb.append(')');
    }

    private static void ordinates(StringBuilder sb, Coordinate c, boolean z) {
        sb.append(Double.toString(c.x)).append(' ').append(Double.toString(c.y));
        if (z) {
            sb.append(' ').append(Double.toString(c.getZ()));
        }
    }
}
