import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes GeoJSON FeatureCollections (RFC 7946): WGS84, longitude before latitude, coordinates
 * rounded to 5 decimals (about 1 m), outer rings counter-clockwise and holes clockwise, one
 * feature per line so that diffs of the committed files stay readable. Property values are
 * strings or numbers.
 */
final class GeoJsonOut {

    /** One feature: its properties in output order and a Polygon/MultiPolygon/(Multi)LineString. */
    record Feature(Map<String, Object> properties, Geometry geometry) { }

    private GeoJsonOut() {
    }

    static void write(Path file, List<Feature> features) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < features.size(); i++) {
                Feature f = features.get(i);
                StringBuilder sb = new StringBuilder(1 << 16);
                sb.append("{\"type\":\"Feature\",\"properties\":{");
                boolean first = true;
                for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    string(sb, p.getKey());
                    sb.append(':');
                    Object v = p.getValue();
                    if (v instanceof Number n) {
                        sb.append(n);
                    } else {
                        string(sb, String.valueOf(v));
                    }
                }
                sb.append("},\"geometry\":");
                geometry(sb, f.geometry());
                sb.append(i + 1 < features.size() ? "},\n" : "}\n");
                w.write(sb.toString());
            }
            w.write("]}\n");
        }
    }

    private static void geometry(StringBuilder sb, Geometry g) {
        if (g instanceof Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":").append(polygon(p));
        } else if (g instanceof MultiPolygon mp) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                String part = polygon((Polygon) mp.getGeometryN(i));
                if (part != null) {
                    parts.add(part);
                }
            }
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[").append(String.join(",", parts)).append(']');
        } else if (g instanceof LineString l) {
            sb.append("{\"type\":\"LineString\",\"coordinates\":").append(line(l.getCoordinates()));
        } else if (g instanceof MultiLineString ml) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                parts.add(line(ml.getGeometryN(i).getCoordinates()));
            }
            sb.append("{\"type\":\"MultiLineString\",\"coordinates\":[").append(String.join(",", parts)).append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + g.getGeometryType());
        }
        sb.append('}');
    }

    /** A polygon's rings, or null when rounding collapses its shell; collapsed holes are left out. */
    private static String polygon(Polygon p) {
        List<String> shell = ring(p.getExteriorRing().getCoordinates(), true);
        if (shell == null) {
            return null;
        }
        List<String> rings = new ArrayList<>();
        rings.add("[" + String.join(",", shell) + "]");
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            List<String> hole = ring(p.getInteriorRingN(i).getCoordinates(), false);
            if (hole != null) {
                rings.add("[" + String.join(",", hole) + "]");
            }
        }
        return "[" + String.join(",", rings) + "]";
    }

    /**
     * Rounded positions of a ring, a shell turned counter-clockwise and a hole clockwise
     * (RFC 7946 §3.1.6); null if fewer than three distinct positions survive the rounding.
     */
    private static List<String> ring(Coordinate[] c, boolean shell) {
        boolean reverse = shell != Orientation.isCCW(c);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < c.length; k++) {
            Coordinate p = c[reverse ? c.length - 1 - k : k];
            String position = "[" + fmt(p.x) + "," + fmt(p.y) + "]";
            if (out.isEmpty() || !position.equals(out.get(out.size() - 1))) {
                out.add(position);
            }
        }
        return new HashSet<>(out).size() < 3 || out.size() < 4 ? null : out;
    }

    private static String line(Coordinate[] c) {
        List<String> out = new ArrayList<>();
        for (Coordinate p : c) {
            String position = "[" + fmt(p.x) + "," + fmt(p.y) + "]";
            if (out.isEmpty() || !position.equals(out.get(out.size() - 1))) {
                out.add(position);
            }
        }
        return "[" + String.join(",", out) + "]";
    }

    /** Rounds to 5 decimals and drops trailing zeros: 27.80000 → 27.8. */
    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.5f", v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        String r = s.substring(0, end);
        return "-0".equals(r) ? "0" : r;
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
