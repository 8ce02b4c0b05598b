package org.borderwatch.store;

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

    /** {@code g} (a Point, LineString or Polygon) as 2D WKT that reads back bit for bit. */
    static String write(Geometry g) {
        StringBuilder sb = new StringBuilder(64);
        if (g instanceof Point p) {
            sb.append("POINT (");
            ordinates(sb, p.getCoordinate());
            sb.append(')');
        } else if (g instanceof LineString l) {
            sb.append("LINESTRING ");
            sequence(sb, l.getCoordinates());
        } else if (g instanceof Polygon p) {
            sb.append("POLYGON (");
            sequence(sb, p.getExteriorRing().getCoordinates());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                sb.append(", ");
                sequence(sb, p.getInteriorRingN(i).getCoordinates());
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

    private static void sequence(StringBuilder sb, Coordinate[] cs) {
        sb.append('(');
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            ordinates(sb, cs[i]);
        }
        sb.append(')');
    }

    private static void ordinates(StringBuilder sb, Coordinate c) {
        sb.append(Double.toString(c.x)).append(' ').append(Double.toString(c.y));
    }
}
