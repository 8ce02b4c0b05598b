package org.borderwatch.store;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
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
 * {@link Double#toString}, which reads back to the identical double.
 *
 * <p>Reading parses the forms this class writes itself — a scan of the text with one
 * {@link JavaDoubleParser#parseDouble} per ordinate (the same syntax and the same double as
 * {@link Double#parseDouble}, in a third of its time, without a substring) — and hands anything
 * else to JTS's {@code WKTReader}.
 * JTS's reader tokenises through {@code StreamTokenizer}: an imported line of 1,000,000 vertices
 * took it about a second to read, twice as long as this scan (measured in the closing note of the
 * work that added it).
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
        Geometry own = readOwn(wkt);
        return own != null ? own : new WKTReader(GeoJsonGeometry.FACTORY).read(wkt);
    }

    /** The geometry of text in the forms {@link #write} makes, or null for any other text. */
    static Geometry readOwn(String wkt) {
        try {
            Scan s = new Scan(wkt);
            Geometry g;
            if (s.word("POINT")) {
                boolean z = s.word(" Z");
                s.expect(" (");
                Coordinate c = s.coordinate(z);
                s.expect(")");
                g = GeoJsonGeometry.FACTORY.createPoint(c);
            } else if (s.word("LINESTRING")) {
                boolean z = s.word(" Z");
                s.expect(" ");
                g = GeoJsonGeometry.FACTORY.createLineString(s.sequence(z));
            } else if (s.word("POLYGON")) {
                boolean z = s.word(" Z");
                s.expect(" (");
                var shell = GeoJsonGeometry.FACTORY.createLinearRing(s.sequence(z));
                java.util.List<org.locationtech.jts.geom.LinearRing> holes = new java.util.ArrayList<>();
                while (s.word(", ")) {
                    holes.add(GeoJsonGeometry.FACTORY.createLinearRing(s.sequence(z)));
                }
                s.expect(")");
                g = GeoJsonGeometry.FACTORY.createPolygon(shell, holes.toArray(new org.locationtech.jts.geom.LinearRing[0]));
            } else {
                return null;
            }
            return s.atEnd() ? g : null;
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** A cursor over WKT in the exact form {@link #write} makes. */
    private static final class Scan {
        private final String t;
        private int at;

        Scan(String t) {
            this.t = t;
        }

        boolean word(String w) {
            if (t.startsWith(w, at)) {
                at += w.length();
                return true;
            }
            return false;
        }

        void expect(String w) {
            if (!word(w)) {
                throw new IllegalArgumentException("expected '" + w + "' at " + at);
            }
        }

        boolean atEnd() {
            return at == t.length();
        }

        Coordinate[] sequence(boolean z) {
            expect("(");
            java.util.ArrayList<Coordinate> out = new java.util.ArrayList<>();
            do {
                out.add(coordinate(z));
            } while (word(", "));
            expect(")");
            return out.toArray(new Coordinate[0]);
        }

        Coordinate coordinate(boolean z) {
            double x = number();
            expect(" ");
            double y = number();
            if (!z) {
                return new Coordinate(x, y);
            }
            expect(" ");
            return new Coordinate(x, y, number());
        }

        private double number() {
            int start = at;
            while (at < t.length()) {
                char c = t.charAt(at);
                if (c == ' ' || c == ',' || c == ')') {
                    break;
                }
                at++;
            }
            if (at == start) {
                throw new IllegalArgumentException("expected a number at " + at);
            }
            return JavaDoubleParser.parseDouble(t, start, at - start);
        }
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
